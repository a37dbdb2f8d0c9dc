import type { PayloadRequest } from 'payload'

import { personDisplayName } from '@/lib/person-name'
import { toCalendarDate, type CalendarDate } from '@/lib/dates'
import { type Cents, toCents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import type { Person, RentCategory, Tenancy, Unit } from '@/payload-types'

import { paymentKinds } from './payment'

export type ContractDataPayment = {
  kind: string
  kindLabel: string
  cents: Cents
  validFrom: CalendarDate | null
  validUntil: CalendarDate | null
  /** Valid from a day after today: an announced change. */
  upcoming: boolean
}

/**
 * A tenancy's contract data as the signed-in member of staff may read it. A key is missing when
 * the user may not read what it comes from (a field, or the related unit or persons), so the
 * drawer shows nothing rather than an empty value.
 */
export type ContractData = {
  tenancyId: number
  kind?: Tenancy['kind']
  reference?: string | null
  unit?: { number: string; objectName?: string; rentCategory?: string | null }
  holders?: string[]
  moveIn?: CalendarDate | null
  moveOut?: CalendarDate | null
  contractEnd?: CalendarDate | null
  /** The effective fixed term: the contract end when the tenancy takes it over. */
  fixedTermEnd?: CalendarDate | null
  noticeEffectiveOn?: CalendarDate | null
  deposit?: { cents: Cents | null; paidInOn: CalendarDate | null }
  /** In force today or announced, by start. */
  payments?: ContractDataPayment[]
  sepa?: { reference: string | null; signedOn: CalendarDate | null; iban: string | null; accountHolder: string | null } | null
}

/** Whether the company switched on the "Mietvertragsdaten" button (manual, global variable 780). */
export async function staffContractDataButtonOn(req: PayloadRequest): Promise<boolean> {
  return (await settingsFor(req)).staffContractDataButton !== false
}

const day = (value: string | null | undefined) => toCalendarDate(value)
const isDoc = <T extends object>(value: number | T | null | undefined): value is T =>
  typeof value === 'object' && value !== null

function unitOf(unit: Tenancy['unit'] | undefined): ContractData['unit'] | undefined {
  if (!isDoc<Unit>(unit)) return undefined
  const category = unit.rentCategory
  return {
    number: unit.unitNumber,
    ...(isDoc(unit.object) ? { objectName: unit.object.name } : {}),
    ...(category === undefined || isDoc<RentCategory>(category) || category === null
      ? { rentCategory: isDoc<RentCategory>(category) ? `${category.code} – ${category.text}` : null }
      : {}),
  }
}

function holdersOf(holders: Tenancy['holders'] | undefined): string[] | undefined {
  if (!holders) return undefined
  const readable = holders.filter(isDoc<Person>)
  // Persons the user may not read arrive as ids: their names stay hidden, not shown as numbers.
  if (readable.length === 0 && holders.length > 0) return undefined
  return readable.map(personDisplayName)
}

/**
 * Reads the tenancy as the signed-in user (`overrideAccess: false`): the tenancy's own read rule,
 * its field rules (IBANs masked without 900114) and the read rules of the unit, object, rent
 * category and persons decide what arrives. Throws Payload's NotFound / Forbidden as a read would.
 */
export async function contractDataOf(req: PayloadRequest, id: number): Promise<ContractData> {
  const doc = await req.payload.findByID({
    collection: 'tenancies',
    id,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 2,
    select: {
      kind: true,
      reference: true,
      unit: true,
      holders: true,
      moveIn: true,
      moveOut: true,
      contractEnd: true,
      fixedTermEnd: true,
      fixedTermFromContract: true,
      termination: { effectiveOn: true },
      securities: { deposit: { amount: true, paidInOn: true } },
      agreedPayments: true,
      payment: true,
    },
    populate: {
      units: { unitNumber: true, object: true, rentCategory: true },
      objects: { name: true },
      'rent-categories': { code: true, text: true },
      persons: { kind: true, companyName: true, firstName: true, lastName: true, title: true },
    },
  })
  const now = await today(req)
  const language = req.i18n?.language === 'en' ? 'en' : 'de'
  const data: ContractData = { tenancyId: doc.id }
  if ('kind' in doc) data.kind = doc.kind
  if ('reference' in doc) data.reference = doc.reference ?? null
  const unit = unitOf(doc.unit)
  if (unit) data.unit = unit
  const holders = holdersOf(doc.holders)
  if (holders) data.holders = holders
  if ('moveIn' in doc) data.moveIn = day(doc.moveIn)
  if ('moveOut' in doc) data.moveOut = day(doc.moveOut)
  if ('contractEnd' in doc) data.contractEnd = day(doc.contractEnd)
  if ('fixedTermEnd' in doc) {
    data.fixedTermEnd = day(doc.fixedTermFromContract ? doc.contractEnd : doc.fixedTermEnd)
  }
  if (doc.termination && 'effectiveOn' in doc.termination) data.noticeEffectiveOn = day(doc.termination.effectiveOn)
  const deposit = doc.securities?.deposit
  if (deposit && 'amount' in deposit) {
    data.deposit = {
      cents: deposit.amount === null || deposit.amount === undefined ? null : toCents(deposit.amount),
      paidInOn: day(deposit.paidInOn),
    }
  }
  if ('agreedPayments' in doc) {
    data.payments = (doc.agreedPayments ?? [])
      .map((payment) => ({
        kind: payment.kind,
        kindLabel: paymentKinds.find((option) => option.value === payment.kind)?.label[language] ?? payment.kind,
        cents: toCents(payment.amount),
        validFrom: day(payment.validFrom),
        validUntil: day(payment.validUntil),
        upcoming: (day(payment.validFrom) ?? '') > now,
      }))
      .filter((payment) => !payment.validUntil || payment.validUntil >= now)
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.kind.localeCompare(b.kind))
  }
  if (doc.payment && 'method' in doc.payment) {
    const mandate = doc.payment.method === 'sepa' ? doc.payment.sepaMandate : null
    data.sepa = mandate
      ? {
          reference: mandate.reference ?? null,
          signedOn: day(mandate.signedOn),
          iban: mandate.iban ?? null,
          accountHolder: mandate.accountHolder ?? null,
        }
      : null
  }
  return data
}
