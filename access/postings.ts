import { runStatement, statement } from '@/db/client'

import { nothing } from './documents'
import { personOf, type PortalRule } from './portal'
import { scopeOf } from './portal-scope'

const hiddenPostingsStatement = statement(
  'portal-hidden-postings',
  `
      select r.id from postings r where r.kind = 'reversal' and r.tenancy_id = any($1::int[])
      union
      select r.reverses_id from postings r
      where r.kind = 'reversal' and r.tenancy_id = any($1::int[]) and r.reverses_id is not null`,
)

/**
 * The postings of the tenancies a person holds or held (F-58), without reversals and the postings
 * they reverse: the pair cancels out, and the statement shows what stands. Hidden here rather than
 * in a page, so no portal path (REST, GraphQL, the pages) shows a reversed charge as owed.
 */
export const ownPostings: PortalRule = async ({ req }, user) => {
  const { tenancyIds } = await scopeOf(req, personOf(user))
  if (tenancyIds.length === 0) return nothing
  const hidden = (await runStatement(req, hiddenPostingsStatement, [tenancyIds])).map((row) => Number(row.id))
  return {
    and: [{ tenancy: { in: tenancyIds } }, ...(hidden.length ? [{ id: { not_in: hidden } }] : [])],
  }
}
