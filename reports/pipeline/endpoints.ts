import { createReadStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

import { type Endpoint, Forbidden, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { isStaff } from '@/access/staff'
import { bodyError } from '@/i18n/messages'
import { today } from '@/globals/settings-reader'
import { contentDisposition } from '@/lib/download-name'

import { reportGroups } from './definition'
import { deliver, delivery } from './deliver'
import { ReportError, reportMessages, say } from './errors'
import { requireMailMerge } from '../mail-merge'
import { mailMergeRunKey } from '../mail-merge/job'

import { effectiveStatus, runFile, startRun } from './jobs'
import {
  type Format,
  formats,
  jobThreshold,
  mayRun,
  parseParameters,
  produce,
  requireReport,
  streamToBuffer,
} from './output'
import { parameterForm } from './parameter-form'
import { allReports } from './registry'

const outputBody = z.object({
  parameters: z.unknown().optional(),
  format: z.enum(formats).default('html'),
  /** Run as a job even below the row limit. */
  background: z.boolean().default(false),
  deliver: delivery.default({}),
})

async function body(req: PayloadRequest) {
  const parsed = outputBody.safeParse(await req.json?.().catch(() => ({})))
  if (!parsed.success) throw bodyError(req, parsed.error)
  return parsed.data
}

function keyOf(req: PayloadRequest): string {
  return String(req.routeParams?.key ?? '')
}

function download(data: BodyInit, fileName: string, mimetype: string, inline = false) {
  return new Response(data, {
    headers: {
      'Content-Type': mimetype,
      'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', fileName),
      'Cache-Control': 'no-store',
    },
  })
}

async function createRun(
  req: PayloadRequest,
  key: string,
  format: Format,
  parameters: unknown,
  wanted: unknown,
  rowsTotal: number,
  title: string,
) {
  // System write: the run is bookkeeping of the pipeline; it belongs to the requester.
  return req.payload.create({
    collection: 'report-runs',
    data: {
      report: key,
      format,
      parameters,
      delivery: wanted,
      rowsTotal,
      title,
      requestedBy: req.user!.id,
      status: 'queued',
    } as never,
    // -- trusted: report-runs are bookkeeping written by the system after the report's permission was checked; the rows are read as the requester.
    overrideAccess: true,
    depth: 0,
  })
}

/** GET /api/reports — the reports, grouped, each with whether this user may run it and its dialog. */
const listEndpoint: Endpoint = {
  path: '/reports',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    const reports = await Promise.all(
      allReports.map(async (definition) => ({
        key: definition.key,
        title: definition.title,
        group: definition.group,
        groupTitle: reportGroups[definition.group],
        permission: definition.permission,
        allowed: await mayRun(req, definition),
        objectParameter: definition.objectParameter ?? null,
        form: parameterForm(definition.parameters),
      })),
    )
    return Response.json({ reports, jobThreshold: await jobThreshold(req) })
  },
}

/**
 * POST /api/reports/:key — the report as HTML (preview), PDF or CSV, stored and/or mailed when
 * asked. Over the row limit (settings) it becomes a job and the answer is 202 with the run.
 */
const outputEndpoint: Endpoint = {
  path: '/reports/:key',
  method: 'post',
  handler: async (req) => {
    const definition = await requireReport(req, keyOf(req))
    const input = await body(req)
    const params = await parseParameters(req, definition, input.parameters)
    const rows = await definition.count(req, params)
    const limit = await jobThreshold(req)
    if (input.background || rows > limit) {
      const run = await createRun(
        req,
        definition.key,
        input.format,
        params,
        input.deliver,
        rows,
        definition.documentTitle(params, await today(req)),
      )
      await startRun(req.payload, run.id)
      const message = rows > limit ? say(req, reportMessages.tooManyRows(rows, limit)) : undefined
      return Response.json({ run: run.id, rows, message }, { status: 202 })
    }
    const produced = await produce(req, definition, params, input.format)
    const wantsDelivery = Boolean(input.deliver.store || input.deliver.email)
    if (!wantsDelivery) {
      if (produced.format === 'html')
        return download(new Uint8Array(produced.data), produced.fileName, produced.mimetype, true)
      return download(Readable.toWeb(produced.stream) as ReadableStream, produced.fileName, produced.mimetype)
    }
    const data = produced.format === 'html' ? produced.data : await streamToBuffer(produced.stream)
    const result = await deliver(
      req,
      definition,
      params,
      { data, fileName: produced.fileName, mimetype: produced.mimetype },
      input.deliver,
    )
    return Response.json(result, { status: 201 })
  },
}

async function ownRun(req: PayloadRequest) {
  if (!isStaff(req.user)) throw new Forbidden(req.t)
  const id = Number(req.routeParams?.id)
  const found = Number.isInteger(id)
    ? await req.payload.find({
        collection: 'report-runs',
        where: { id: { equals: id } },
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
        limit: 1,
      })
    : { docs: [] }
  const run = found.docs[0]
  if (!run) throw new ReportError(say(req, reportMessages.runNotFound), 404)
  // The report's own code again: a role may have lost it since the run was made.
  if (run.report === mailMergeRunKey)
    await requireMailMerge(req, (run.parameters as { release?: unknown } | null)?.release === true)
  else await requireReport(req, run.report)
  return run
}

/** GET /api/reports/runs/:id/file — the finished file of one's own run. */
const runFileEndpoint: Endpoint = {
  path: '/reports/runs/:id/file',
  method: 'get',
  handler: async (req) => {
    const run = await ownRun(req)
    if (run.status !== 'done' || !run.fileName) throw new ReportError(say(req, reportMessages.runNotDone), 409)
    const file = runFile(run)
    await stat(file)
    const mimetype =
      run.format === 'pdf'
        ? 'application/pdf'
        : run.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'text/html; charset=utf-8'
    return download(Readable.toWeb(createReadStream(file)) as ReadableStream, run.fileName, mimetype)
  },
}

/** POST /api/reports/runs/:id/rerun — a failed (or killed) run starts again from scratch. */
const rerunEndpoint: Endpoint = {
  path: '/reports/runs/:id/rerun',
  method: 'post',
  handler: async (req) => {
    const run = await ownRun(req)
    if (effectiveStatus(run as never) !== 'failed') {
      return Response.json(
        {
          errors: [
            {
              message: say(req, {
                de: 'Nur fehlgeschlagene Läufe können neu gestartet werden.',
                en: 'Only failed runs can be started again.',
              }),
            },
          ],
        },
        { status: 409 },
      )
    }
    await rm(`${runFile(run)}.part`, { force: true })
    await req.payload.update({
      collection: 'report-runs',
      id: run.id,
      data: { status: 'queued', error: null, rowsDone: 0, finishedAt: null } as never,
      // -- trusted: a rerun resets the requester's own run (checked above) to queued.
      overrideAccess: true,
      depth: 0,
    })
    await startRun(req.payload, run.id)
    return Response.json({ run: run.id }, { status: 202 })
  },
}

/** The report endpoints, mounted at the API's root (`/api/reports/…`). */
export const reportEndpoints: Endpoint[] = [listEndpoint, runFileEndpoint, rerunEndpoint, outputEndpoint]
