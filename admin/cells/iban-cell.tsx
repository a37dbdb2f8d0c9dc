'use client'

import type { DefaultCellComponentProps } from 'payload'

import { ibanCellText } from './iban-text'

/** IBANs in lists, grouped in fours (SPEC section 5). */
export function IbanCell({ cellData }: DefaultCellComponentProps) {
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{ibanCellText(cellData)}</span>
}
