import type { CollectionBeforeChangeHook } from 'payload'

/** "Befristung = Vertragsende": the fixed-term end is taken from the contract end. */
export const fixedTermFromContract: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const fromContract = data.fixedTermFromContract ?? originalDoc?.fixedTermFromContract
  if (!fromContract) return data
  const contractEnd = data.contractEnd !== undefined ? data.contractEnd : originalDoc?.contractEnd
  return { ...data, fixedTermEnd: contractEnd ?? null }
}
