import type { Payload, Where } from 'payload'
import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

import type { PortalUser } from '@/access/portal'
import { idOf } from '@/fields/relationship'
import { isValidCalendarDate, storedDate } from '@/lib/dates'

import { toCents } from '@/lib/money'
import { personRoles, type RoleScope, rolesIn } from './roles.server'

const calendarDay = z.string().refine(isValidCalendarDate)

/** The statement's filter (F-58): a period (both ends included) and one tenancy, each optional. */
export const statementQuery = z
  .object({
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    tenancy: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'] })

export type StatementQuery = z.infer<typeof statementQuery>

export type StatementLine = {
  id: number
  date: string
  kind: 'charge' | 'payment'
  category: string
  text: string
  /** Positive cents of the charge or the payment. */
  cents: number
  /** What is owed after this line, in cents: charges add, payments subtract (negative = credit). */
  balanceCents: number
}

export type TenancyChoice = { tenancyId: number; unitNumber: string; objectName: string; active: boolean }

export type TenancyStatement = {
  tenancyId: number
  kind: 'tenant' | 'owner'
  active: boolean
  unitNumber: string
  objectName: string
  /** The balance carried over from before the period. */
  openingCents: number
  lines: StatementLine[]
  chargesCents: number
  paymentsCents: number
  closingCents: number
}

/**
 * The person's account per tenancy (F-58): their charges and payments with the running balance,
 * in the chosen role scope (F-82) and period. Read as the user: the postings view
 * (access/postings.ts) gives only their tenancies' postings and already leaves out every reversal
 * together with the posting it reverses. Sums are integer cents.
 */
export async function accountStatement(
  payload: Payload,
  user: PortalUser,
  query: StatementQuery = {},
  scope: RoleScope = 'all',
): Promise<{ tenancies: TenancyChoice[]; statements: TenancyStatement[] }> {
  const inScope = rolesIn((await personRoles(payload, user)).roles, scope)
  const tenancies = inScope.map(({ tenancyId, unitNumber, objectName, active }) => ({
    tenancyId,
    unitNumber,
    objectName,
    active,
  }))
  // A tenancy id that is not theirs (or not in this scope) selects nothing, like a missing one.
  const roles = inScope.filter((role) => !query.tenancy || role.tenancyId === query.tenancy)
  if (roles.length === 0) return { tenancies, statements: [] }
  const filters: Where[] = [{ tenancy: { in: roles.map((role) => role.tenancyId) } }]
  // Everything up to the period's end: what lies before its start is the opening balance.
  if (query.to) filters.push({ date: { less_than_equal: storedDate(query.to) } })
  const { docs } = await payload.find({
    collection: 'postings',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    where: { and: filters },
    sort: ['date', 'id'],
    select: { tenancy: true, date: true, kind: true, category: true, amount: true, text: true },
  })
  const statements = roles.map((role): TenancyStatement => {
    let balance = 0
    let opening = 0
    let charges = 0
    let payments = 0
    const lines: StatementLine[] = []
    for (const posting of docs) {
      if (idOf(posting.tenancy) !== role.tenancyId) continue
      // Reversals never reach the portal (access/postings.ts); should one slip through, it is not a charge.
      if (posting.kind !== 'charge' && posting.kind !== 'payment') continue
      const cents = toCents(posting.amount)
      balance += posting.kind === 'charge' ? cents : -cents
      const date = posting.date.slice(0, 10)
      if (query.from && date < query.from) {
        opening = balance
        continue
      }
      if (posting.kind === 'charge') charges += cents
      else payments += cents
      lines.push({
        id: posting.id,
        date,
        kind: posting.kind,
        category: posting.category,
        text: posting.text ?? '',
        cents,
        balanceCents: balance,
      })
    }
    return {
      tenancyId: role.tenancyId,
      kind: role.kind,
      active: role.active,
      unitNumber: role.unitNumber,
      objectName: role.objectName,
      openingCents: opening,
      lines,
      chargesCents: charges,
      paymentsCents: payments,
      closingCents: balance,
    }
  })
  return { tenancies, statements }
}

/** The filter as the page's GET form sends it (empty fields mean "not set"); invalid input shows everything. */
export function statementQueryFrom(search: URLSearchParams): { query: StatementQuery; invalid: boolean } {
  const raw = Object.fromEntries([...search].filter(([, value]) => value !== ''))
  const parsed = statementQuery.safeParse(raw)
  return { query: parsed.success ? parsed.data : {}, invalid: !parsed.success }
}

/**
 * A spreadsheet program runs a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a
 * formula (CSV injection): such text gets a leading apostrophe. Inline here because lib/csv-cell.ts
 * (another branch) is not in this tree yet; the lead may swap it in at merge.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const germanNumber = (cents: number) => {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}
const germanDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`

export type CsvLabels = {
  headers: [string, string, string, string, string, string, string, string]
  kinds: Record<'charge' | 'payment', string>
  categories: Record<string, string>
  opening: string
}

/**
 * The statement as CSV (F-58): `;`, UTF-8 with BOM, German numbers (`1234,56`) and dates
 * (`31.12.2026`), one row per line plus the opening balance of each tenancy.
 */
export function statementCsv(statements: TenancyStatement[], labels: CsvLabels): string {
  const rows: string[][] = [labels.headers]
  for (const statement of statements) {
    // Texts come from the records (object names, posting texts): neutralised; numbers are ours.
    const unit = neutralizeCell(`${statement.unitNumber}, ${statement.objectName}`)
    if (statement.openingCents !== 0 || statement.lines.length === 0)
      rows.push([unit, '', '', '', labels.opening, '', '', germanNumber(statement.openingCents)])
    for (const line of statement.lines) {
      rows.push([
        unit,
        germanDate(line.date),
        labels.kinds[line.kind],
        labels.categories[line.category] ?? line.category,
        neutralizeCell(line.text),
        line.kind === 'charge' ? germanNumber(line.cents) : '',
        line.kind === 'payment' ? germanNumber(line.cents) : '',
        germanNumber(line.balanceCents),
      ])
    }
  }
  return stringify(rows, { bom: true, delimiter: ';', record_delimiter: 'windows' })
}
