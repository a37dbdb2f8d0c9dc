'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { languageOf } from '@/i18n/language'
import { formatDecimal } from '@/lib/format'

/** Amounts and areas in lists in the user's language: 1.234,56 in German (SPEC section 5). */
export function NumberCell({ cellData, decimals = 2 }: DefaultCellComponentProps & { decimals?: number }) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return null
  // Whole numbers here are codes and counts, which read wrong with a thousands separator.
  const text = decimals > 0 ? formatDecimal(cellData, decimals, languageOf(i18n)) : String(cellData)
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{text}</span>
}
