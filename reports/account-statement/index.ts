import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { postingKinds } from '@/collections/postings'
import { paymentKinds } from '@/collections/tenancies/payment'
import { P } from '@/constants/permissions'
import { today } from '@/globals/settings-reader'
import { storedDate } from '@/lib/dates'
import { formatCentsNumber, formatDay } from '@/lib/format'
import { type Cents, toCents } from '@/lib/money'
import { letterAddress } from '@/lib/postal-address'
import type { Unit } from '@/payload-types'

import { addressBlock } from '../letters/address'
import { defineReport, fromArray } from '../pipeline/definition'
import { ReportError, say } from '../pipeline/errors'
import { choice, day, id, ids, periodInOrder } from '../pipeline/parameters'
import { activeOn, byIds, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-70: the charges and payments of one person's tenancies in one object, for a period, as
 * a landscape list ("Standard") or a portrait letter with address block ("Aussendung").
 */
const parameters = z
  .object({
    person: id('Person', 'persons'),
    tenancies: ids('Bestandsverhältnisse (leer: alle der Person)', 'tenancies'),
    from: day('von').optional(),
    until: day('bis').optional(),
    hideReversals: z.boolean().default(true).meta({ title: 'Stornobuchungen ausblenden' }),
    layout: choice('Dokumenttyp', ['standard', 'mailing'], {
      standard: 'Standard (Liste im Querformat)',
      mailing: 'Aussendung (Brief im Hochformat)',
    }).default('standard'),
  })
  .superRefine(periodInOrder)
type Parameters = z.infer<typeof parameters>

export type StatementRow = {
  unit: string
  /** Empty on the opening line. */
  date: string | null
  kind: 'opening' | 'charge' | 'payment' | 'reversal'
  category: string | null
  text: string
  /** A reversal of a charge stands as a negative charge, of a payment as a negative payment. */
  chargeCents: Cents | null
  paymentCents: Cents | null
  /** What is owed after this line for this unit (negative: credit). */
  balanceCents: Cents
}

const messages = {
  unknownPerson: (person: number) => ({
    de: `Die Person ${person} gibt es nicht oder Sie dürfen sie nicht sehen.`,
    en: `Person ${person} does not exist or you may not see them.`,
  }),
  foreignTenancy: {
    de: 'Die gewählten Bestandsverhältnisse gehören nicht alle der Person.',
    en: 'Not all chosen tenancies belong to the person.',
  },
  severalObjects: {
    de: 'Ein Kontoauszug umfasst nur Einheiten desselben Objekts. Bitte wählen Sie die Bestandsverhältnisse eines Objekts.',
    en: 'An account statement covers units of one object only. Please choose the tenancies of one object.',
  },
}

type Tenancy = {
  id: number
  unitId: number
  unit: string
  objectId: number | null
  objectName: string
  moveIn: string | null | undefined
  moveOut: string | null | undefined
  home: Unit | undefined
}

/** The person's chosen tenancies (all of theirs when none are chosen), all in one object. */
async function tenanciesOf(req: PayloadRequest, params: Parameters): Promise<Tenancy[]> {
  const where: Where[] = [{ holders: { in: [params.person] } }]
  if (params.tenancies.length) where.push({ id: { in: params.tenancies } })
  const found = await findAllAs(req, 'tenancies', { where: { and: where }, depth: 0 })
  if (params.tenancies.length && found.length !== new Set(params.tenancies).size) {
    throw new ReportError(say(req, messages.foreignTenancy), 400)
  }
  const units = await byIds(
    req,
    'units',
    found.map((tenancy) => idOf(tenancy.unit)),
  )
  const objects = await byIds(
    req,
    'objects',
    [...units.values()].map((unit) => idOf(unit.object)),
  )
  const tenancies = found.map((tenancy) => {
    const unit = units.get(idOf(tenancy.unit)!)
    const objectId = idOf(unit?.object)
    return {
      id: tenancy.id,
      unitId: idOf(tenancy.unit)!,
      unit: unit ? [unit.unitNumber, unit.topNumber ? `Top ${unit.topNumber}` : null].filter(Boolean).join(', ') : '',
      objectId,
      objectName: objectId ? (objects.get(objectId)?.name ?? '') : '',
      moveIn: tenancy.moveIn,
      moveOut: tenancy.moveOut,
      home: unit,
    }
  })
  if (new Set(tenancies.map((tenancy) => tenancy.objectId)).size > 1) {
    throw new ReportError(say(req, messages.severalObjects), 400)
  }
  const collator = new Intl.Collator('de', { numeric: true })
  return tenancies.sort((a, b) => collator.compare(a.unit, b.unit) || a.id - b.id)
}

async function check(req: PayloadRequest, params: Parameters) {
  const person = await req.payload
    .findByID({ collection: 'persons', id: params.person, depth: 0, req, user: req.user, overrideAccess: false })
    .catch(() => null)
  if (!person) throw new ReportError(say(req, messages.unknownPerson(params.person)), 404)
  await tenanciesOf(req, params)
}

const categoryLabels = new Map(paymentKinds.map((kind) => [kind.value, kind.label.de]))

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<StatementRow[]> {
  const tenancies = await tenanciesOf(req, params)
  if (tenancies.length === 0) return []
  const and: Where[] = [{ tenancy: { in: tenancies.map((tenancy) => tenancy.id) } }]
  // Everything up to the end: what lies before the start is the opening balance.
  if (params.until) and.push({ date: { less_than_equal: storedDate(params.until) } })
  const postings = await findAllAs(req, 'postings', { where: { and }, sort: 'date' })
  const byId = new Map(postings.map((posting) => [posting.id, posting]))
  // A reversal and the posting it reverses cancel out; hidden, both leave the balance alone.
  const hidden = new Set<number>()
  if (params.hideReversals) {
    for (const posting of postings) {
      if (posting.kind !== 'reversal') continue
      hidden.add(posting.id)
      const reversed = idOf(posting.reverses)
      if (reversed !== null) hidden.add(reversed)
    }
  }
  const rows: StatementRow[] = []
  for (const tenancy of tenancies) {
    const own = postings
      .filter((posting) => idOf(posting.tenancy) === tenancy.id && !hidden.has(posting.id))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
    let balance = 0
    let opened = !params.from
    const lines: StatementRow[] = []
    for (const posting of own) {
      const cents = toCents(posting.amount)
      const date = posting.date.slice(0, 10)
      // A reversal undoes the kind of the posting it names; one naming nothing undoes a charge.
      const undoes = posting.kind === 'reversal' ? (byId.get(idOf(posting.reverses) ?? -1)?.kind ?? 'charge') : null
      const isCharge = posting.kind === 'charge' || undoes === 'charge'
      const signed = posting.kind === 'reversal' ? -cents : cents
      balance += isCharge ? signed : -signed
      if (params.from && date < params.from) continue
      if (!opened) {
        opened = true
        lines.push(openingRow(tenancy.unit, balance - (isCharge ? signed : -signed)))
      }
      lines.push({
        unit: tenancy.unit,
        date,
        kind: posting.kind,
        category: categoryLabels.get(posting.category) ?? posting.category,
        text: posting.text ?? '',
        chargeCents: isCharge ? signed : null,
        paymentCents: isCharge ? null : signed,
        balanceCents: balance,
      })
    }
    if (!opened) lines.push(openingRow(tenancy.unit, balance))
    rows.push(...lines)
  }
  return rows
}

function openingRow(unit: string, balance: Cents): StatementRow {
  return {
    unit,
    date: null,
    kind: 'opening',
    category: null,
    text: 'Saldovortrag',
    chargeCents: null,
    paymentCents: null,
    balanceCents: balance,
  }
}

const kindLabels = new Map<string, string>([
  ...postingKinds.map((kind) => [kind.value, kind.label.de] as [string, string]),
  ['opening', ''],
])
const amount = (cents: Cents | null) => (cents === null ? '' : formatCentsNumber(cents))

function period(params: Parameters): string {
  if (params.from && params.until) return `Zeitraum ${formatDay(params.from)} – ${formatDay(params.until)}`
  if (params.from) return `ab ${formatDay(params.from)}`
  if (params.until) return `bis ${formatDay(params.until)}`
  return 'alle Buchungen'
}

/** The closing balance per unit: the last line of each. */
function closingOf(rows: StatementRow[]) {
  const last = new Map<string, StatementRow>()
  for (const row of rows) last.set(row.unit, row)
  return [...last.values()].map((row) => ({ unit: row.unit, balanceCents: row.balanceCents }))
}

/**
 * The mailing's address: the person's own, else the unit of a tenancy of the statement they hold
 * today (a former tenant is not written to at the flat they left).
 */
async function addressOf(req: PayloadRequest, person: number, tenancies: Tenancy[]) {
  const found = await req.payload.findByID({
    collection: 'persons',
    id: person,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const day = await today(req)
  const held = tenancies.find((tenancy) => activeOn(tenancy.moveIn, tenancy.moveOut, day))
  return addressBlock(found, letterAddress(found.address, held?.home))
}

export const accountStatement = defineReport<Parameters, StatementRow>({
  key: 'account-statement',
  title: { de: 'Kontoauszug', en: 'Account statement' },
  group: 'persons',
  permission: P.postingsRead,
  parameters,
  check,
  count: async (req, params) => (await rowsOf(req, params)).length,
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: () => [
    { header: 'Einheit', cell: (row) => row.unit },
    { header: 'Datum', cell: (row) => formatDay(row.date) },
    { header: 'Buchungsart', cell: (row) => kindLabels.get(row.kind) },
    { header: 'Kategorie', cell: (row) => row.category },
    { header: 'Text', cell: (row) => row.text },
    { header: 'Vorschreibung €', cell: (row) => amount(row.chargeCents), numeric: true },
    { header: 'Zahlung €', cell: (row) => amount(row.paymentCents), numeric: true },
    { header: 'Saldo €', cell: (row) => amount(row.balanceCents), numeric: true },
  ],
  template: 'account-statement.hbs',
  templateDirectory: templateDirectoryOf('account-statement'),
  landscape: (params) => params.layout === 'standard',
  describe: (params) => [period(params), ...(params.hideReversals ? ['ohne Stornobuchungen'] : [])],
  context: async (req, params, rows) => {
    const tenancies = await tenanciesOf(req, params)
    return {
      mailing: params.layout === 'mailing',
      address: params.layout === 'mailing' ? await addressOf(req, params.person, tenancies) : null,
      objectName: tenancies[0]?.objectName ?? '',
      period: period(params),
      lines: rows.map((row) => ({ ...row, kindLabel: kindLabels.get(row.kind) ?? '' })),
      closing: closingOf(rows),
    }
  },
  documentTitle: (params) => `Kontoauszug ${period(params)}`,
})
