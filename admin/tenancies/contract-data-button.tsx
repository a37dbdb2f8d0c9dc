import type { UIFieldServerComponent } from 'payload'

import { staffContractDataButtonOn } from '@/collections/tenancies/contract-data'

import { ContractDataDrawer } from './contract-data-drawer'

/**
 * The "Mietvertragsdaten" button of a saved tenancy (manual, dialog Einheit/Mieter). Global
 * variable 780 switches it on or off; the endpoint behind it checks the same setting.
 */
export const ContractDataButton: UIFieldServerComponent = async ({ id, req }) => {
  if (!id || !(await staffContractDataButtonOn(req))) return null
  return <ContractDataDrawer tenancyId={Number(id)} />
}
