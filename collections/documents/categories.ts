import { l } from '@/fields/label'

/** The document categories of SPEC F-20. */
export const documentCategories = [
  { label: l('Betriebskostenabrechnung', 'Operating-cost statement'), value: 'operatingCosts' },
  { label: l('Hausgeldabrechnung', 'Condominium statement'), value: 'condominium' },
  { label: l('Heizkostenabrechnung', 'Heating-cost statement'), value: 'heatingCosts' },
  { label: l('Plan', 'Plan'), value: 'plan' },
  { label: l('Beschluss', 'Resolution'), value: 'resolution' },
  { label: l('Vertrag', 'Contract'), value: 'contract' },
  { label: l('Schreiben', 'Letter'), value: 'letter' },
  { label: l('Sonstiges', 'Other'), value: 'other' },
] as const

export type DocumentCategory = (typeof documentCategories)[number]['value']
