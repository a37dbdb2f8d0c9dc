import type { DefaultServerCellComponentProps } from 'payload'

import { languageOf } from '@/i18n/language'
import { formatValue } from '@/lib/individual-fields/format'
import type { IndividualFieldModule, IndividualFieldValues } from '@/lib/individual-fields/types'

import { loadDefinitions } from './load'

/** The list column: "Label: value" for each filled field, in order. */
export async function IndividualFieldsCell(props: DefaultServerCellComponentProps & { module: IndividualFieldModule }) {
  const values = (props.cellData ?? {}) as IndividualFieldValues
  const language = languageOf(props.i18n)
  const definitions = await loadDefinitions(props.payload, props.module)
  const parts = definitions
    .filter((definition) => values[definition.key] !== undefined)
    .map((definition) => `${definition.label[language]}: ${formatValue(definition, values[definition.key], language)}`)
  const text = parts.join(' · ')
  return (
    <span
      title={text}
      style={{
        display: 'inline-block',
        maxWidth: '28rem',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </span>
  )
}
