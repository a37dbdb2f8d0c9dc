import type { PayloadRequest } from 'payload'

import { todayStamp } from '@/access/portal-scope'
import { runStatement, statement } from '@/db/client'
import { settingsFor, today as todayOf } from '@/globals/settings-reader'

import { retentionDefaults } from './settings'

/** What an erasure does (F-86, DSGVO Art. 17): refuses, or erases some kinds and keeps others until a day. */
export type ErasurePlan =
  | { refused: true; reasons: Array<{ what: 'tenancy' | 'function'; label: string }> }
  | {
      refused: false
      erase: Array<{ kind: ErasedKind; count: number }>
      keep: Array<{ kind: KeptKind; count: number; until: string | null; why: KeptBecause }>
      anonymise: boolean
    }

export type ErasedKind = 'portal-users' | 'requests' | 'releases' | 'notes' | 'person-details' | 'receipts' | 'access-log'
export type KeptKind = 'tenancies' | 'postings' | 'documents' | 'receipts' | 'access-log' | 'person-name'
/** Why a kind stays: its retention period, or (past it) that it is erased where it is kept, or the records that stay. */
export type KeptBecause = 'contracts' | 'accounting' | 'documents' | 'accessLog' | 'pastRetention' | 'keptRecords'

const currentStatement = statement(
  'privacy-current',
  `
  with today as (select ${todayStamp} as day)
  select 'tenancy' as what, u.unit_number as label from tenancies_rels h
    join tenancies t on t.id = h.parent_id join units u on u.id = t.unit_id cross join today
    where h.path = 'holders' and h.persons_id = $1 and t.kind in ('tenant', 'owner')
      and (t.move_in is null or t.move_in <= today.day) and (t.move_out is null or t.move_out >= today.day)
  union all
  select 'function', coalesce(ft.name, ft.code::text) from functions f
    join function_types ft on ft.id = f.function_type_id cross join today
    where f.person_id = $1 and f."from" <= today.day and (f.until is null or f.until >= today.day)`,
)

// Each kept kind with the last year its retention counts from: the records' own year.
const retainedStatement = statement(
  'privacy-retained',
  `
  with held as (
    select t.id, t.move_out from tenancies_rels h join tenancies t on t.id = h.parent_id
    where h.path = 'holders' and h.persons_id = $1
  ),
  named as (
    select d.id, coalesce(d.year, extract(year from d.created_at)::int) as year from documents d
    where exists (select 1 from documents_rels r where r.parent_id = d.id and r.path = 'persons' and r.persons_id = $1)
       or exists (select 1 from document_releases r where r.document_id = d.id and r.person_id = $1)
  )
  select 'tenancies' as kind, count(*)::int as count, max(extract(year from coalesce(move_out, now())))::int as year from held
  union all
  select 'postings', count(*)::int, max(extract(year from p.date))::int from postings p where p.tenancy_id in (select id from held)
  union all
  select 'documents', count(*)::int, max(year)::int from named
  union all
  select 'receipts', count(*)::int, max(extract(year from opened_at))::int from document_receipts where person_id = $1
  union all
  select 'access-log', count(*)::int, max(extract(year from created_at))::int from document_access_log where person_id = $1`,
)

const erasableStatement = statement(
  'privacy-erasable',
  `
  select 'portal-users' as kind, count(*)::int as count from portal_users where person_id = $1
  union all select 'requests', count(*)::int from requests where person_id = $1
  union all select 'releases', count(*)::int from document_releases where person_id = $1
  union all select 'notes', count(*)::int from notes where person_id = $1`,
)

const deleteLogStatement = statement('privacy-delete-log', 'delete from document_access_log where person_id = $1')

/** 31 December of the last year a kind must still be kept, or null when nothing of it is held. */
function keptUntil(year: number | null, years: number): string | null {
  return year === null ? null : `${year + years}-12-31`
}

/**
 * What an erasure of this person would do today. A current tenant, owner or function holder is
 * refused with the reason. Tenancies and postings are the accounting's records (rule 5): kept
 * until their retention ends, erased there, never here; documents and their proofs of receipt
 * and the access log are kept for their periods (settings); the rest goes now. While anything is
 * kept the person keeps name and address (the kept records need them); their details go.
 */
export async function erasurePlan(req: PayloadRequest, personId: number): Promise<ErasurePlan> {
  const current = await runStatement(req, currentStatement, [personId])
  if (current.length) {
    return {
      refused: true,
      reasons: current.map((row) => ({ what: row.what as 'tenancy' | 'function', label: String(row.label) })),
    }
  }
  const settings = await settingsFor(req)
  const retention = { ...retentionDefaults, ...(settings.privacy ?? {}) }
  const today = await todayOf(req)
  const retained = new Map((await runStatement(req, retainedStatement, [personId])).map((row) => [row.kind, row]))
  const yearOf = (kind: string) => {
    const year = retained.get(kind)?.year
    return year === null || year === undefined ? null : Number(year)
  }
  const countOf = (kind: string) => Number(retained.get(kind)?.count ?? 0)
  const periods: Array<{ kind: KeptKind; years: number; why: KeptBecause }> = [
    { kind: 'tenancies', years: retention.contractsYears, why: 'contracts' },
    { kind: 'postings', years: retention.accountingYears, why: 'accounting' },
    { kind: 'documents', years: retention.documentsYears, why: 'documents' },
    { kind: 'receipts', years: retention.documentsYears, why: 'documents' },
    { kind: 'access-log', years: retention.accessLogYears, why: 'accessLog' },
  ]
  const keep: Extract<ErasurePlan, { refused: false }>['keep'] = []
  const erase: Extract<ErasurePlan, { refused: false }>['erase'] = []
  for (const period of periods) {
    const count = countOf(period.kind)
    if (count === 0) continue
    const until = keptUntil(yearOf(period.kind), period.years)
    if (until !== null && until >= today) keep.push({ kind: period.kind, count, until, why: period.why })
    else if (period.kind === 'receipts' || period.kind === 'access-log') erase.push({ kind: period.kind, count })
    // Tenancies, postings and documents past their period are listed for staff, not deleted here.
    else keep.push({ kind: period.kind, count, until, why: 'pastRetention' })
  }
  for (const row of await runStatement(req, erasableStatement, [personId])) {
    if (Number(row.count) > 0) erase.push({ kind: row.kind as ErasedKind, count: Number(row.count) })
  }
  erase.push({ kind: 'person-details', count: 1 })
  const anonymise = keep.length === 0
  if (!anonymise) {
    const until = keep.map((entry) => entry.until ?? today).sort().at(-1) ?? null
    keep.push({ kind: 'person-name', count: 1, until, why: 'keptRecords' })
  }
  return { refused: false, erase, keep, anonymise }
}

type Person = { source?: string | null }

/**
 * Carries out the plan on the request's transaction: sign-ins, requests (with their photos),
 * releases and staff notes go; receipts and access log rows past their period go; the person's
 * details go, and with nothing kept the name and address too. Fields the accounting import owns
 * (rule 5) stay for a person that came from there: the accounting erases them at the source.
 */
export async function carryOutErasure(req: PayloadRequest, personId: number, plan: Extract<ErasurePlan, { refused: false }>) {
  // System writes after the endpoint checked 900189; each is part of the erasure the person asked for.
  const system = { req, overrideAccess: true } as const
  const erased = new Set(plan.erase.map((entry) => entry.kind))
  const requests = await req.payload.find({ collection: 'requests', where: { person: { equals: personId } }, depth: 0, pagination: false, select: {}, ...system })
  const requestIds = requests.docs.map((doc) => doc.id)
  if (requestIds.length) {
    await req.payload.delete({ collection: 'request-photos', where: { request: { in: requestIds } }, ...system })
    await req.payload.delete({ collection: 'requests', where: { id: { in: requestIds } }, ...system })
  }
  await req.payload.delete({ collection: 'portal-users', where: { person: { equals: personId } }, ...system })
  await req.payload.delete({ collection: 'document-releases', where: { person: { equals: personId } }, ...system })
  await req.payload.delete({ collection: 'notes', where: { person: { equals: personId } }, ...system })
  if (erased.has('receipts')) await req.payload.delete({ collection: 'document-receipts', where: { person: { equals: personId } }, ...system })
  if (erased.has('access-log')) await runStatement(req, deleteLogStatement, [personId])
  const person = (await req.payload.findByID({ collection: 'persons', id: personId, depth: 0, ...system })) as Person
  const fromAccounting = person.source === 'accounting'
  const details = { birthDate: null, contacts: [], portalEmail: null, individualFields: {} }
  const identity =
    plan.anonymise && !fromAccounting
      ? {
          kind: 'natural' as const,
          salutation: null,
          title: null,
          firstName: null,
          lastName: `Gelöschte Person ${personId}`,
          companyName: null,
          address: { street: null, houseNumber: null, door: null, postcode: null, city: null, country: null },
          bankAccounts: [],
        }
      : {}
  await req.payload.update({
    collection: 'persons',
    id: personId,
    data: { ...details, ...identity },
    context: { privacyErasure: true },
    ...system,
  })
  return { fromAccounting }
}
