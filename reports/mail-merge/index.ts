import type { PayloadRequest, Where } from 'payload'
import { chromium } from 'playwright-core'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { bodyError } from '@/i18n/messages'
import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { today } from '@/globals/settings-reader'
import { generateAndRelease, releasePreview } from '@/collections/document-releases/release'
import { formatDay } from '@/lib/format'
import { letterAddress } from '@/lib/postal-address'
import type { Unit } from '@/payload-types'
import { inTransaction } from '@/db/transaction'

import { addressBlock } from '../letters/address'
import { ReportError, reportMessages, say } from '../pipeline/errors'
import { checkObjects, choice, day, ids, someIds } from '../pipeline/parameters'
import { activeOn, byIds, findAllAs, idOf } from '../pipeline/read'
import { fill, letterhead, loadTemplate, templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-71: letters per data set (units, holders, functions), rendered once per recipient into
 * a PDF of its own, stored in the document store and, when asked, released to that recipient
 * (F-22). A holder without a postal address of their own is written to at the unit they hold;
 * recipients still without an address (function holders) get no letter and are listed instead.
 */
export const mailMergeParameters = z.object({
  dataSet: choice('Datenbestand', ['units', 'holders', 'functions'], {
    units: 'Einheiten',
    holders: 'Bestandnehmer',
    functions: 'Funktionen',
  }),
  objects: someIds('Objekte', 'objects', 'Bitte wählen Sie mindestens ein Objekt.'),
  functionTypes: ids('Funktionen (leer: alle)', 'function-types'),
  on: day('Stichtag (leer: heute)').optional(),
  subject: z.string().trim().min(1).max(200).meta({ title: 'Betreff' }),
  text: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .meta({ title: 'Brieftext', description: 'Absätze trennen Sie durch eine Leerzeile.', multiline: true }),
  release: z.boolean().default(false).meta({ title: 'erzeugen und freigeben' }),
})
export type MailMergeParameters = z.infer<typeof mailMergeParameters>

/** One letter: who it goes to, the persons it is released to, and what its template shows. */
export type Letter = {
  key: string
  recipient: string
  persons: number[]
  object: number
  unit: number | null
  tenancy: number | null
  address: ReturnType<typeof addressBlock>
  fields: { objectName: string; unitNumber: string; topNumber: string; functionName: string; since: string }
}

export type MailMergeResult = {
  letters: number
  documents: number[]
  releases: number
  /** Recipients without an address: no letter, named here. */
  withoutAddress: string[]
}

export const mailMergePermission = P.documentsCreate

/** Staff with the documents code may merge letters; releasing them needs the release code too. */
export async function mayMailMerge(req: PayloadRequest, release = false): Promise<boolean> {
  return (
    isStaff(req.user) &&
    (await hasPermission(req, mailMergePermission)) &&
    (!release || (await hasPermission(req, P.documentsRelease)))
  )
}

export async function requireMailMerge(req: PayloadRequest, release: boolean) {
  if (!(await mayMailMerge(req, release))) throw new ReportError(req.t('error:notAllowedToPerformAction'), 403)
}

export async function parseMailMerge(req: PayloadRequest, raw: unknown): Promise<MailMergeParameters> {
  const parsed = mailMergeParameters.safeParse(raw ?? {})
  if (!parsed.success) throw bodyError(req, parsed.error)
  await checkObjects(req, parsed.data.objects)
  return parsed.data
}

/** The letters of a data set, read as the user; sorted by object, unit and recipient. */
export async function lettersOf(req: PayloadRequest, params: MailMergeParameters): Promise<Letter[]> {
  const on = params.on ?? (await today(req))
  const [objects, units] = await Promise.all([
    byIds(req, 'objects', params.objects),
    findAllAs(req, 'units', { where: { object: { in: params.objects } } }),
  ])
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  const unitIds = units.map((unit) => unit.id)
  if (unitIds.length === 0) return []
  /** `home`: the unit a holder without an address of their own is written to; none for functions. */
  type Raw = Omit<Letter, 'address' | 'recipient'> & { holders: number[]; home: Unit | null }
  const raw: Raw[] = []
  const base = (unitId: number) => {
    const unit = unitById.get(unitId)!
    const object = idOf(unit.object)!
    return {
      object,
      unit: unitId,
      fields: {
        objectName: objects.get(object)?.name ?? '',
        unitNumber: unit.unitNumber,
        topNumber: unit.topNumber ?? '',
        functionName: '',
        since: '',
      },
    }
  }
  if (params.dataSet === 'functions') {
    const and: Where[] = [{ unit: { in: unitIds } }]
    if (params.functionTypes.length) and.push({ functionType: { in: params.functionTypes } })
    const functions = (await findAllAs(req, 'functions', { where: { and } })).filter((held) =>
      activeOn(held.from, held.until, on),
    )
    const types = await byIds(
      req,
      'function-types',
      functions.map((held) => idOf(held.functionType)),
    )
    for (const held of functions) {
      const start = base(idOf(held.unit)!)
      const person = idOf(held.person)!
      raw.push({
        ...start,
        key: `f${held.id}`,
        tenancy: idOf(held.tenancy),
        persons: [person],
        holders: [person],
        home: null,
        fields: {
          ...start.fields,
          functionName: types.get(idOf(held.functionType)!)?.name ?? '',
          since: formatDay(held.from),
        },
      })
    }
  } else {
    const tenancies = (
      await findAllAs(req, 'tenancies', {
        where: { and: [{ unit: { in: unitIds } }, { kind: { in: ['tenant', 'owner'] } }] },
      })
    ).filter((tenancy) => activeOn(tenancy.moveIn, tenancy.moveOut, on))
    for (const tenancy of tenancies) {
      const holders = (tenancy.holders ?? []).map((holder) => idOf(holder)!)
      if (holders.length === 0) continue
      const start = base(idOf(tenancy.unit)!)
      const home = unitById.get(start.unit)!
      const fields = { ...start.fields, since: formatDay(tenancy.moveIn) }
      if (params.dataSet === 'units') {
        // One letter per unit, to all its holders jointly.
        raw.push({ ...start, key: `t${tenancy.id}`, tenancy: tenancy.id, persons: holders, holders, home, fields })
      } else {
        for (const person of holders) {
          raw.push({
            ...start,
            key: `t${tenancy.id}p${person}`,
            tenancy: tenancy.id,
            persons: [person],
            holders: [person],
            home,
            fields,
          })
        }
      }
    }
  }
  const persons = await byIds(
    req,
    'persons',
    raw.flatMap((letter) => letter.holders),
  )
  const collator = new Intl.Collator('de', { numeric: true })
  return raw
    .map(({ holders, home, ...letter }) => {
      const known = holders.map((person) => persons.get(person)).filter((person) => person !== undefined)
      // A joint letter goes to the first holder's address, naming every holder.
      const first = known[0]
      const address = first
        ? addressBlock(first, letterAddress(first.address, home))
        : { lines: [], greeting: 'Sehr geehrte Damen und Herren,', complete: false }
      if (known.length > 1) {
        address.lines.splice(0, address.lines.length - 2, ...known.map((person) => person.displayName ?? ''))
        address.greeting = 'Sehr geehrte Damen und Herren,'
      }
      return { ...letter, recipient: known.map((person) => person.displayName ?? '').join(', '), address }
    })
    .sort(
      (a, b) =>
        collator.compare(a.fields.objectName, b.fields.objectName) ||
        collator.compare(a.fields.unitNumber, b.fields.unitNumber) ||
        collator.compare(a.recipient, b.recipient),
    )
}

/** F-22's warning before "generate and release": how many persons will see their letter at once. */
export async function mailMergePreview(req: PayloadRequest, params: MailMergeParameters) {
  const letters = await lettersOf(req, params)
  const addressed = letters.filter((letter) => letter.address.complete)
  const persons = [...new Set(addressed.flatMap((letter) => letter.persons))]
  const { invited } = await releasePreview(req, { persons })
  return {
    letters: addressed.length,
    recipients: persons.length,
    invited,
    withoutAddress: letters.filter((letter) => !letter.address.complete).map((letter) => letter.recipient),
  }
}

async function renderLetter(req: PayloadRequest, params: MailMergeParameters, letter: Letter, page: object) {
  const body = await loadTemplate(req, `${params.dataSet}.hbs`, templateDirectoryOf('mail-merge'))
  const filled = fill(req, `${params.dataSet}.hbs`, body, {
    address: letter.address,
    subject: params.subject,
    paragraphs: params.text.split(/\n{2,}/),
    date: params.on ?? (await today(req)),
    ...letter.fields,
  })
  const letterPage = await loadTemplate(req, 'letter.hbs', templateDirectoryOf('letters'))
  return fill(req, 'letter.hbs', letterPage, { ...page, title: params.subject, body: filled })
}

/** How a background run follows and resumes a mail merge (reports/mail-merge/job.ts). */
export type MailMergeHooks = {
  /** Keys of letters an earlier, killed attempt of the same run stored already: not produced again. */
  skip?: ReadonlySet<string>
  /** Before the first letter: how many this attempt will produce. */
  started?: (total: number) => Promise<void>
  /**
   * Inside each letter's transaction, with `req` carrying it: whatever this writes through `req`
   * lands together with the letter's document, or not at all.
   */
  stored?: (
    letter: Letter,
    stored: { document: number; releases: number },
    done: number,
    total: number,
  ) => Promise<void>
}

/**
 * Produces every addressed letter as its own PDF in one browser, stores it as a document (letter,
 * linked to object, unit and tenancy) and, when asked, releases it to its recipients — each letter
 * in one transaction (document, releases and the hooks' bookkeeping), so a run that stops leaves
 * only complete letters behind, and a rerun given their keys does not store them twice.
 */
export async function runMailMerge(
  req: PayloadRequest,
  params: MailMergeParameters,
  hooks: MailMergeHooks = {},
): Promise<MailMergeResult> {
  await requireMailMerge(req, params.release)
  const letters = await lettersOf(req, params)
  const addressed = letters.filter((letter) => letter.address.complete && !hooks.skip?.has(letter.key))
  const result: MailMergeResult = {
    letters: 0,
    documents: [],
    releases: 0,
    withoutAddress: letters.filter((letter) => !letter.address.complete).map((letter) => letter.recipient),
  }
  await hooks.started?.(addressed.length)
  if (addressed.length === 0) return result
  let executablePath: string
  try {
    executablePath = await chromiumExecutable()
  } catch (error) {
    throw new ReportError(say(req, reportMessages.noChromium((error as Error).message)), 503)
  }
  const company = await letterhead(req)
  const page = { company }
  const year = Number((params.on ?? (await today(req))).slice(0, 4))
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true })
  try {
    const tab = await browser.newPage({ javaScriptEnabled: false })
    await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()))
    for (const letter of addressed) {
      await tab.setContent(await renderLetter(req, params, letter, page), { waitUntil: 'load' })
      const data = Buffer.from(await tab.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
      const document = {
        // A holder of two units gets two letters: the unit tells them apart in the portal's list.
        title: [params.subject, letter.fields.unitNumber, letter.recipient].filter(Boolean).join(' – ').slice(0, 200),
        category: 'letter',
        year,
        object: letter.object,
        unit: letter.unit ?? undefined,
        tenancy: letter.tenancy ?? undefined,
      }
      const file = { data, name: `brief-${letter.key}.pdf`, mimetype: 'application/pdf' }
      const stored = await inTransaction(req, async () => {
        const done = params.release
          ? await generateAndRelease(req, { file, document, release: { persons: letter.persons } })
          : {
              document: (
                await req.payload.create({
                  collection: 'documents',
                  data: document as never,
                  file: { ...file, size: data.length },
                  req,
                  user: req.user,
                  overrideAccess: false,
                  depth: 0,
                })
              ).id,
              releases: 0,
            }
        const entry = { document: done.document, releases: done.releases }
        await hooks.stored?.(letter, entry, result.letters + 1, addressed.length)
        return entry
      })
      result.documents.push(stored.document)
      result.releases += stored.releases
      result.letters += 1
    }
  } finally {
    await browser.close()
  }
  return result
}
