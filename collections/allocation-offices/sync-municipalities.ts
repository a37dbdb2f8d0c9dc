import type { PayloadRequest } from 'payload'

import { idOf } from '@/fields/relationship'

import { inTransaction } from '@/db/transaction'

export type SyncResult = { created: number; existing: number }

/**
 * Creates an allocation office for every municipality that has none, as the signed-in user
 * (so permission 50333 and the collection's rules apply) and in one transaction.
 */
export async function syncAllocationOfficesFromMunicipalities(req: PayloadRequest): Promise<SyncResult> {
  const { payload } = req
  const [municipalities, offices] = await Promise.all([
    payload.find({
      collection: 'municipalities',
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'allocation-offices',
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      select: { municipality: true, name: true },
    }),
  ])
  const covered = new Set(offices.docs.map((office) => String(idOf(office.municipality))))
  const takenNames = new Set(offices.docs.map((office) => office.name))
  const missing = municipalities.docs.filter((municipality) => !covered.has(String(municipality.id)))

  await inTransaction(req, async () => {
    for (const municipality of missing) {
      // Two municipalities of one name (Neustadt) each get an office: the second one's name says which.
      const name = takenNames.has(municipality.name) ? `${municipality.name} (${municipality.code})` : municipality.name
      takenNames.add(name)
      await payload.create({
        collection: 'allocation-offices',
        data: { name, workflowName: `Gemeinde ${municipality.name}`, municipality: municipality.id },
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
      })
    }
  })
  return { created: missing.length, existing: offices.docs.length }
}
