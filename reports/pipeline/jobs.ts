import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { createLocalReq, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { env } from '@/server/env'

import { deliver, delivery, type Delivered } from './deliver'
import { type Format, parseParameters, produce, requireReport } from './output'

export const reportTaskSlug = 'hauswerkReport'
export const reportQueue = 'reports'

/** A run that has shown no sign of life for this long was killed (a restart, a crash). */
export const staleAfterMs = 2 * 60 * 1000

export function reportFilesDirectory(): string {
  return path.join(env().dataDir, 'report-files')
}

export function runFile(run: { id: number | string; format: string }): string {
  return path.join(reportFilesDirectory(), `${run.id}.${run.format}`)
}

export type Run = {
  id: number
  report: string
  format: Format
  parameters?: unknown
  delivery?: unknown
  status: 'queued' | 'running' | 'done' | 'failed'
  heartbeatAt?: string | null
  requestedBy: number | { id: number }
  result?: unknown
}

/** What the admin shows: a running run without a recent sign of life counts as failed. */
export function effectiveStatus(run: Pick<Run, 'status' | 'heartbeatAt'>, now = Date.now()): Run['status'] {
  if (run.status !== 'running') return run.status
  const last = run.heartbeatAt ? Date.parse(run.heartbeatAt) : 0
  return now - last > staleAfterMs ? 'failed' : 'running'
}

/** `req` joins its transaction, so the bookkeeping lands with the work it records. */
export async function updateRun(payload: Payload, id: number, data: Record<string, unknown>, req?: PayloadRequest) {
  // System write: runs are the pipeline's own bookkeeping (nobody may write them through the API).
  await payload.update({ collection: 'report-runs', id, data: data as never, overrideAccess: true, depth: 0, req })
}

/** A request acting as the person who asked for the run, so every rule applies as it did to them. */
export async function requesterRequest(payload: Payload, run: Run): Promise<PayloadRequest> {
  const id = typeof run.requestedBy === 'object' ? run.requestedBy.id : run.requestedBy
  // System read of the requester (who acts is decided by the run, not by the job runner).
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

/**
 * Produces one run's file. The file is written beside its final name and renamed when complete,
 * so a run killed half-way leaves no file that could be downloaded or stored; storing and
 * releasing happen only after that, in their own transaction. Rerunning starts from scratch.
 */
export async function executeRun(payload: Payload, runId: number): Promise<void> {
  const run = (await payload.findByID({
    collection: 'report-runs',
    id: runId,
    depth: 0,
    // -- trusted: the job loads its run; the rows are then read as the requester (requesterRequest).
    overrideAccess: true,
  })) as unknown as Run
  const req = await requesterRequest(payload, run)
  const final = runFile(run)
  const partial = `${final}.part`
  try {
    // The permission first, on this path too: a role may have changed since the run was asked for.
    const definition = await requireReport(req, run.report)
    const params = await parseParameters(req, definition, run.parameters)
    const wanted = delivery.parse(run.delivery ?? {})
    const now = () => new Date().toISOString()
    await updateRun(payload, run.id, {
      status: 'running',
      startedAt: now(),
      heartbeatAt: now(),
      rowsDone: 0,
      error: null,
    })
    await mkdir(reportFilesDirectory(), { recursive: true })
    let pending: Promise<void> = Promise.resolve()
    const progress = (rowsDone: number) => {
      pending = pending.then(() => updateRun(payload, run.id, { rowsDone, heartbeatAt: now() }))
    }
    const produced = await produce(req, definition, params, run.format, progress)
    if (produced.format === 'html') await writeFile(partial, produced.data)
    else await pipeline(produced.stream, createWriteStream(partial))
    await pending
    await rename(partial, final)
    const { size } = await stat(final)
    let result: Delivered = {}
    if (wanted.store || wanted.email) {
      result = await deliver(
        req,
        definition,
        params,
        { data: await readFile(final), fileName: produced.fileName, mimetype: produced.mimetype },
        wanted,
      )
    }
    await updateRun(payload, run.id, {
      status: 'done',
      fileName: produced.fileName,
      fileSize: size,
      finishedAt: now(),
      heartbeatAt: now(),
      result,
    })
  } catch (error) {
    await rm(partial, { force: true })
    await updateRun(payload, run.id, {
      status: 'failed',
      error: (error as Error).message,
      finishedAt: new Date().toISOString(),
    })
    throw error
  }
}

export const reportTask: TaskConfig<{ input: { run: number }; output: { run: number } }> = {
  slug: reportTaskSlug,
  label: 'Bericht erstellen',
  retries: 0,
  inputSchema: [{ name: 'run', type: 'number', required: true }],
  outputSchema: [{ name: 'run', type: 'number' }],
  handler: async ({ input, req }) => {
    const runId = Number(input.run)
    const { report } = await req.payload.findByID({
      collection: 'report-runs',
      id: runId,
      depth: 0,
      // -- trusted: which kind of run this job carries; nothing of it leaves.
      overrideAccess: true,
    })
    // The mail merge's runs share this task and its queue; loaded here, as it imports this module.
    const mailMerge = await import('../mail-merge/job')
    if (report === mailMerge.mailMergeRunKey) await mailMerge.executeMailMergeRun(req.payload, runId)
    else await executeRun(req.payload, runId)
    return { output: { run: runId } }
  },
}

/** Queues a run's job and starts it in this process (the admin shows its progress meanwhile). */
export async function startRun(payload: Payload, runId: number, { wait = false } = {}) {
  const job = (await payload.jobs.queue({
    task: reportTaskSlug as never,
    input: { run: runId } as never,
    queue: reportQueue,
    // -- trusted: queueing the job of a run whose permission was checked when it was created.
    overrideAccess: true,
  })) as { id: number | string }
  // -- trusted: runs the job just queued (its run was checked when it was created).
  const running = payload.jobs.runByID({ id: job.id, overrideAccess: true, silent: true }).catch((error) => {
    payload.logger.error({ err: error, msg: `Report run ${runId} failed` })
  })
  if (wait) await running
  return job.id
}
