import type { JSONFieldServerComponent } from 'payload'

import type { IndividualFieldModule } from '@/lib/individual-fields/types'

import { IndividualFieldsInput } from './individual-fields-input'
import { loadDefinitions } from './load'

/** The tab "Indiv. Felder": the form is rendered from the module's definitions. */
export const IndividualFieldsField: JSONFieldServerComponent = async (props) => {
  const { payload, path, readOnly } = props
  const module = (props as unknown as { module: IndividualFieldModule }).module
  const definitions = await loadDefinitions(payload, module)
  return <IndividualFieldsInput definitions={definitions} path={path} readOnly={Boolean(readOnly)} />
}
