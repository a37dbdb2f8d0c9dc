import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isStaff } from '@/access/staff'
import { bodyError } from '@/i18n/messages'
import { type CalendarDate } from '@/lib/dates'
import { contentDisposition } from '@/lib/download-name'
import { settingsFor, today } from '@/globals/settings-reader'

import { ReportError, say } from '../pipeline/errors'
import { mayRun, parseParameters, produce, requireReport } from '../pipeline/output'
import { dayOf, idOf } from '../pipeline/read'
import { reportByKey } from '../pipeline/registry'

/**
 * The unit's "Berichte" button (manual, configuration table 1700 "EinheitenBerichteMenu"): the
 * reports configured in settings (`unitReportMenuEntries`) run for this unit at once, with their
 * parameters taken from the unit — no parameter dialog. A report about one tenancy asks which.
 */
type Unit = { id: number; object: number }
type Tenancy = { id: number; moveIn: string | null; moveOut: string | null }

type Entry = {
  report: string
  needsTenancy: boolean
  parameters: (unit: Unit, tenancy: Tenancy | null, day: CalendarDate) => Record<string, unknown>
}

/** The menu keys (globals/settings.ts `unitReportKeys`) and what each runs for a unit. */
const entries: Record<string, Entry> = {
  vacancyList: {
    report: 'vacancy-list-object',
    needsTenancy: false,
    parameters: (unit, _tenancy, day) => ({ object: unit.object, on: day }),
  },
  unitList: { report: 'unit-list-all', needsTenancy: false, parameters: (unit, _tenancy, day) => ({ units: [unit.id], on: day }) },
  statusHistory: {
    report: 'unit-status-history',
    needsTenancy: true,
    // The history of the chosen tenancy: from its move-in to its move-out (or today).
    parameters: (unit, tenancy, day) => ({
      units: [unit.id],
      from: dayOf(tenancy!.moveIn) ?? day,
      until: dayOf(tenancy!.moveOut) ?? day,
    }),
  },
  functionList: {
    report: 'unit-function-list',
    needsTenancy: false,
    parameters: (unit, _tenancy, day) => ({ objects: [unit.object], on: day }),
  },
  handoverList: { report: 'handover-list', needsTenancy: false, parameters: (unit) => ({ object: unit.object }) },
}

const messages = {
  unknownUnit: (id: number) => ({
    de: `Die Einheit ${id} gibt es nicht oder Sie dürfen sie nicht sehen.`,
    en: `Unit ${id} does not exist or you may not see it.`,
  }),
  unknownEntry: (key: string) => ({
    de: `Der Eintrag „${key}“ steht nicht im Menü „Einheitenbericht“.`,
    en: `The entry "${key}" is not in the unit report menu.`,
  }),
  noReport: (label: string) => ({
    de: `Für den Eintrag „${label}“ gibt es keinen Bericht.`,
    en: `There is no report for the entry "${label}".`,
  }),
  chooseTenancy: {
    de: 'Bitte wählen Sie ein Bestandsverhältnis dieser Einheit.',
    en: 'Please choose a tenancy of this unit.',
  },
}

async function unitOf(req: PayloadRequest): Promise<Unit> {
  if (!isStaff(req.user)) throw new ReportError(req.t('error:notAllowedToPerformAction'), 403)
  const id = Number(req.routeParams?.unit)
  const unit = Number.isInteger(id)
    ? await req.payload
        .findByID({ collection: 'units', id, depth: 0, req, user: req.user, overrideAccess: false })
        .catch(() => null)
    : null
  if (!unit) throw new ReportError(say(req, messages.unknownUnit(id)), 404)
  return { id: unit.id, object: idOf(unit.object)! }
}

async function tenanciesOf(req: PayloadRequest, unit: Unit): Promise<Tenancy[]> {
  const { docs } = await req.payload.find({
    collection: 'tenancies',
    where: { unit: { equals: unit.id } },
    sort: '-moveIn',
    depth: 0,
    pagination: false,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return docs.map((tenancy) => ({ id: tenancy.id, moveIn: tenancy.moveIn ?? null, moveOut: tenancy.moveOut ?? null }))
}

/** The active menu entries of settings, in their order, with the report each runs. */
async function menu(req: PayloadRequest) {
  const configured = (await settingsFor(req)).unitReportMenuEntries ?? []
  return configured
    .filter((row) => row.active !== false && row.key)
    .map((row) => ({ key: row.key!, label: row.label ?? row.key!, entry: entries[row.key!] }))
}

/** GET /api/unit-reports/:unit — the menu: each entry, whether it can run, and the tenancies to choose from. */
const listEndpoint: Endpoint = {
  path: '/unit-reports/:unit',
  method: 'get',
  handler: async (req) => {
    const unit = await unitOf(req)
    const items = await Promise.all(
      (await menu(req)).map(async ({ key, label, entry }) => {
        const definition = entry ? reportByKey(entry.report) : undefined
        return {
          key,
          label,
          needsTenancy: entry?.needsTenancy ?? false,
          allowed: definition ? await mayRun(req, definition) : false,
        }
      }),
    )
    const tenancies = items.some((item) => item.needsTenancy) ? await tenanciesOf(req, unit) : []
    return Response.json({ entries: items, tenancies })
  },
}

const runBody = z.object({
  tenancy: z.number().int().positive().optional(),
  format: z.enum(['html', 'pdf']).default('pdf'),
})

/** POST /api/unit-reports/:unit/:entry — runs the entry's report for the unit (and tenancy). */
const runEndpoint: Endpoint = {
  path: '/unit-reports/:unit/:entry',
  method: 'post',
  handler: async (req) => {
    const unit = await unitOf(req)
    const key = String(req.routeParams?.entry ?? '')
    const item = (await menu(req)).find((row) => row.key === key)
    if (!item) throw new ReportError(say(req, messages.unknownEntry(key)), 404)
    if (!item.entry) throw new ReportError(say(req, messages.noReport(item.label)), 404)
    const definition = await requireReport(req, item.entry.report)
    const parsed = runBody.safeParse(await req.json?.().catch(() => ({})))
    if (!parsed.success) throw bodyError(req, parsed.error)
    let tenancy: Tenancy | null = null
    if (item.entry.needsTenancy) {
      tenancy = (await tenanciesOf(req, unit)).find((row) => row.id === parsed.data.tenancy) ?? null
      if (!tenancy) throw new ReportError(say(req, messages.chooseTenancy), 400)
    }
    const params = await parseParameters(req, definition, item.entry.parameters(unit, tenancy, await today(req)))
    const produced = await produce(req, definition, params, parsed.data.format)
    if (produced.format === 'csv') throw new ReportError('unexpected CSV', 500)
    const body =
      produced.format === 'html' ? new Uint8Array(produced.data) : (Readable.toWeb(produced.stream) as ReadableStream)
    return new Response(body, {
      headers: {
        'Content-Type': produced.mimetype,
        'Content-Disposition': contentDisposition('inline', produced.fileName),
        'Cache-Control': 'no-store',
      },
    })
  },
}

export const unitMenuEndpoints: Endpoint[] = [listEndpoint, runEndpoint]
