'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/** Amounts and areas in lists in the user's language: 1.234,56 in German (SPEC section 5). */
export function NumberCell({ cellData, decimals = 2 }: DefaultCellComponentProps & { decimals?: number }) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return null
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-AT', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // Whole numbers here are codes and counts, which read wrong with a thousands separator.
    useGrouping: decimals > 0,
  })
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{format.format(cellData)}</span>
}
