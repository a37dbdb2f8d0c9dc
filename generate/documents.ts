import { Random } from './random'
import { dayAfter } from './values'
import type { GenTenancy, GlobalWorld, ObjectWorld } from './world'

export type GenDocument = {
  key: string
  object: string
  unit: string | null
  tenancy: string | null
  persons: string[]
  title: string
  category: 'operatingCosts' | 'condominium' | 'heatingCosts' | 'plan' | 'resolution' | 'contract' | 'letter' | 'other'
  year: number
  /** An instant (ISO 8601, UTC): when the document was stored. */
  createdAt: string
  filename: string
  filesize: number
}
export type GenRelease = {
  document: string
  person: string
  /** Bound to this tenancy: its move-out ends the release (F-80). */
  tenancy: string | null
  validFrom: string | null
  validUntil: string | null
  createdAt: string
}
export type ObjectDocuments = { documents: GenDocument[]; releases: GenRelease[] }

/** The store holds the documents of the last six years (since the manager released documents in the portal). */
export const storeYears = 6
/** A former tenant keeps their statements until the end of the third year after the move-out. */
export const retentionYears = 3
/** Chance per tenancy and year of a letter to the tenant (index adjustment, reminder, announcement). */
const letterChance = 0.15
/** Chance per condominium and year of an owners' meeting with resolutions (the budget plan comes every year). */
const meetingChance = 0.4
/** Chance that an object has central heating, and so yearly heating-cost statements. */
const centralHeatingChance = 0.2

const letters = [
  'Wertsicherung – neue Vorschreibung',
  'Zahlungserinnerung',
  'Ankündigung Zählerablesung',
  'Ankündigung Fensterservice',
  'Bestätigung Ihrer Meldung',
]
const notices = [
  'Aushang: Wasserabschaltung',
  'Aushang: Stiegenhausreinigung',
  'Aushang: Aufzugswartung',
  'Aushang: Rauchfangkehrer',
]

const cache = new WeakMap<ObjectWorld, ObjectDocuments>()

const activeOn = (tenancy: GenTenancy, day: string) =>
  tenancy.moveIn <= day && (tenancy.moveOut === null || tenancy.moveOut >= day)

/**
 * The document store of one object as it stands on the as-of day (issue 5's shape): every year
 * the operating-cost statements (and, for centrally heated objects, the heating-cost statements)
 * of the tenancies current on the release day, released to their holders; the owners' statements,
 * plans and resolutions; contracts (stored, never released); a welcome letter per new tenancy;
 * letters to single tenants; notices to a staircase with a window; the provider's maintenance plan.
 *
 * Releases follow F-80: a release of a running tenancy is bound to it; after a move-out the
 * statements carry the window a leaving tenant gets (until the end of the third year after the
 * move-out) instead, while letters stay bound to the ended tenancy (so they are revoked). A new
 * tenant gets only what was released after they moved in. Deterministic from the seed and the
 * object, drawn from its own random stream (the other kinds' bytes do not change).
 */
export function documentsOf(world: ObjectWorld, global: GlobalWorld): ObjectDocuments {
  const cached = cache.get(world)
  if (cached) return cached
  const random = new Random(global.seed, world.index, 0xd0c5)
  const { asOf } = global
  const asOfYear = Number(asOf.slice(0, 4))
  const storeStart = `${asOfYear - storeYears}-01-01`
  const id = world.object.key.slice(1)
  const units = new Map(world.units.map((unit) => [unit.key, unit]))
  const tenants = world.tenancies.filter((tenancy) => tenancy.kind === 'tenant')
  const owners = world.tenancies.filter((tenancy) => tenancy.kind === 'owner')
  const result: ObjectDocuments = { documents: [], releases: [] }
  let number = 0

  const instant = (day: string) =>
    `${day}T${String(random.int(6, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}Z`
  const store = (
    data: Omit<GenDocument, 'key' | 'filename' | 'createdAt' | 'filesize'>,
    day: string,
    kb: [number, number],
  ) => {
    number += 1
    const key = `D${id}-${String(number).padStart(5, '0')}`
    const document: GenDocument = {
      key,
      ...data,
      createdAt: instant(day),
      filename: `${key.toLowerCase()}.pdf`,
      filesize: random.int(kb[0], kb[1]) * 1024,
    }
    result.documents.push(document)
    return document
  }
  const release = (document: GenDocument, person: string, window: Partial<GenRelease> = {}) =>
    result.releases.push({
      document: document.key,
      person,
      tenancy: null,
      validFrom: null,
      validUntil: null,
      createdAt: document.createdAt,
      ...window,
    })
  /** A tenancy's own document to the given holders: bound while it runs; after a move-out, as F-80 says. */
  const releaseOwn = (document: GenDocument, tenancy: GenTenancy, holders: string[], statement: boolean) => {
    for (const person of holders) {
      if (statement && tenancy.moveOut)
        release(document, person, { validUntil: `${Number(tenancy.moveOut.slice(0, 4)) + retentionYears}-12-31` })
      else release(document, person, { tenancy: tenancy.key })
    }
  }
  const top = (tenancy: GenTenancy) => units.get(tenancy.unitKey)!.topNumber
  const own = (tenancy: GenTenancy) => ({
    object: world.object.key,
    unit: tenancy.unitKey,
    tenancy: tenancy.key,
    persons: tenancy.holders,
  })
  const dayIn = (from: string, until: string) => {
    const span = (Date.parse(until) - Date.parse(from)) / 86_400_000
    return dayAfter(from, random.int(0, Math.max(0, Math.floor(span))))
  }

  const centralHeating = random.chance(centralHeatingChance)
  for (let year = asOfYear - storeYears; year < asOfYear; year += 1) {
    // Statements go out in May and June (§ 21 MRG: by 30 June of the following year).
    const day = dayAfter(`${year + 1}-05-02`, random.int(0, 58))
    if (day > asOf) continue
    for (const tenancy of tenants.filter((entry) => activeOn(entry, day))) {
      const statement = store(
        {
          ...own(tenancy),
          title: `Betriebskostenabrechnung ${year} – Top ${top(tenancy)}`,
          category: 'operatingCosts',
          year,
        },
        day,
        [40, 180],
      )
      releaseOwn(statement, tenancy, tenancy.holders, true)
      if (centralHeating) {
        const heating = store(
          {
            ...own(tenancy),
            title: `Heizkostenabrechnung ${year} – Top ${top(tenancy)}`,
            category: 'heatingCosts',
            year,
          },
          day,
          [30, 120],
        )
        releaseOwn(heating, tenancy, tenancy.holders, true)
      }
    }
    for (const tenancy of owners.filter((entry) => activeOn(entry, day))) {
      const statement = store(
        { ...own(tenancy), title: `Hausgeldabrechnung ${year} – Top ${top(tenancy)}`, category: 'condominium', year },
        day,
        [60, 240],
      )
      releaseOwn(statement, tenancy, tenancy.holders, true)
    }
  }

  // Owners' meetings in spring (some years) and the budget plan every autumn, to the owners of that day; owners keep them.
  if (owners.length > 0) {
    for (let year = asOfYear - storeYears; year <= asOfYear; year += 1) {
      const meeting = random.chance(meetingChance)
      for (const [title, category, from, until] of [
        [`Beschluss der Eigentümerversammlung ${year}`, 'resolution', `${year}-03-01`, `${year}-05-31`],
        [`Wirtschaftsplan ${year + 1}`, 'plan', `${year}-10-01`, `${year}-11-30`],
      ] as const) {
        if (category === 'resolution' && !meeting) continue
        const day = dayIn(from, until)
        if (day > asOf) continue
        const document = store(
          { object: world.object.key, unit: null, tenancy: null, persons: [], title, category, year },
          day,
          [200, 2400],
        )
        for (const tenancy of owners.filter((entry) => activeOn(entry, day)))
          for (const person of tenancy.holders) release(document, person)
      }
    }
  }

  for (const tenancy of tenants) {
    if (tenancy.moveIn >= storeStart && tenancy.moveIn <= asOf) {
      // The contract is stored but never released; the welcome letter goes to the new tenants.
      const signed = dayAfter(tenancy.moveIn, -random.int(7, 40))
      store(
        {
          ...own(tenancy),
          title: `Mietvertrag Top ${top(tenancy)}`,
          category: 'contract',
          year: Number(signed.slice(0, 4)),
        },
        signed < storeStart ? storeStart : signed,
        [300, 900],
      )
      const welcome = store(
        {
          ...own(tenancy),
          title: 'Willkommen im Haus – Informationen für neue Mieter:innen',
          category: 'letter',
          year: Number(tenancy.moveIn.slice(0, 4)),
        },
        tenancy.moveIn,
        [100, 400],
      )
      releaseOwn(welcome, tenancy, tenancy.holders, false)
    }
    // Letters to one tenant: addressed to the first holder.
    const from = tenancy.moveIn > storeStart ? tenancy.moveIn : storeStart
    const until = tenancy.moveOut && tenancy.moveOut < asOf ? tenancy.moveOut : asOf
    for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year += 1) {
      if (!random.chance(letterChance)) continue
      const start = `${year}-01-01` > from ? `${year}-01-01` : from
      const end = `${year}-12-31` < until ? `${year}-12-31` : until
      if (start > end) continue
      const day = dayIn(start, end)
      const addressee = tenancy.holders[0]
      const letter = store(
        { ...own(tenancy), persons: [addressee], title: random.pick(letters), category: 'letter', year },
        day,
        [20, 80],
      )
      releaseOwn(letter, tenancy, [addressee], false)
    }
  }

  // Up to two notices a year for the tenants of one staircase on that day, visible for two to eight weeks.
  const staircases = [...new Set(world.units.map((unit) => unit.staircase))]
  for (let year = asOfYear - storeYears; year <= asOfYear; year += 1) {
    for (let count = random.int(0, 2); count > 0; count -= 1) {
      const day = dayIn(`${year}-01-01`, `${year}-12-31`)
      const staircase = random.pick(staircases)
      if (day > asOf) continue
      const notice = store(
        {
          object: world.object.key,
          unit: null,
          tenancy: null,
          persons: [],
          title: `${random.pick(notices)} (${staircase})`,
          category: 'other',
          year,
        },
        day,
        [20, 60],
      )
      const validUntil = dayAfter(day, random.int(14, 56))
      for (const tenancy of tenants) {
        if (!activeOn(tenancy, day) || units.get(tenancy.unitKey)!.staircase !== staircase) continue
        for (const person of tenancy.holders) release(notice, person, { validFrom: day, validUntil })
      }
    }
  }

  // The service provider of the object gets its maintenance plan.
  for (const fn of world.functions) {
    if (fn.type !== 60 || fn.from > asOf) continue
    const day = fn.from > storeStart ? fn.from : storeStart
    const plan = store(
      {
        object: world.object.key,
        unit: null,
        tenancy: null,
        persons: [fn.person],
        title: 'Wartungsplan Haustechnik',
        category: 'plan',
        year: Number(day.slice(0, 4)),
      },
      day,
      [100, 600],
    )
    release(plan, fn.person)
  }

  cache.set(world, result)
  return result
}
