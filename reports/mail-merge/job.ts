import type { Payload } from 'payload'
import { z } from 'zod'

import { reportQueue, requesterRequest, type Run, startRun, updateRun } from '../pipeline/jobs'
import { type MailMergeParameters, parseMailMerge, requireMailMerge, runMailMerge } from './index'

/** The `report` of a mail merge's run in `report-runs` (no report of the registry has this key). */
export const mailMergeRunKey = 'mail-merge'

/**
 * A run's result, kept up to date letter by letter: `stored` maps each stored letter's key to its
 * document, so a rerun after a kill produces only the letters still missing.
 */
const runResult = z.object({
  stored: z.record(z.string(), z.number()).default({}),
  releases: z.number().default(0),
  withoutAddress: z.array(z.string()).default([]),
})
export type MailMergeRunResult = z.infer<typeof runResult>

export function mailMergeRunResult(raw: unknown): MailMergeRunResult {
  const parsed = runResult.safeParse(raw ?? {})
  return parsed.success ? parsed.data : runResult.parse({})
}

/** Asks for a mail merge in the background: a `report-runs` record and its job, started at once. */
export async function queueMailMerge(
  payload: Payload,
  requester: number,
  params: MailMergeParameters,
  letters: number,
) {
  // System write: the run is the pipeline's bookkeeping; it belongs to the requester.
  const run = await payload.create({
    collection: 'report-runs',
    data: {
      report: mailMergeRunKey,
      title: `Serienbrief: ${params.subject}`.slice(0, 200),
      format: 'pdf',
      parameters: params,
      rowsTotal: letters,
      rowsDone: 0,
      requestedBy: requester,
      status: 'queued',
    } as never,
    // -- trusted: report-runs are bookkeeping written by the system after the report's permission was checked; the rows are read as the requester.
    overrideAccess: true,
    depth: 0,
  })
  await startRun(payload, run.id)
  return run.id
}

/**
 * Produces a run's letters as its requester. Each letter is stored in one transaction together
 * with the run's progress (rowsDone, heartbeat, the letter's key), so a run killed half-way shows
 * failed once its heartbeat is stale, has stored only whole letters, and a rerun skips those.
 */
export async function executeMailMergeRun(payload: Payload, runId: number): Promise<void> {
  const run = (await payload.findByID({
    collection: 'report-runs',
    id: runId,
    depth: 0,
    // -- trusted: the job loads its run; the letters are then read as the requester.
    overrideAccess: true,
  })) as unknown as Run
  const req = await requesterRequest(payload, run)
  const now = () => new Date().toISOString()
  const earlier = mailMergeRunResult(run.result)
  const result = { ...earlier, stored: { ...earlier.stored } }
  try {
    const release = (run.parameters as { release?: unknown } | undefined)?.release === true
    // The permission first, on this path too: a role may have changed since the run was asked for.
    await requireMailMerge(req, release)
    const params = await parseMailMerge(req, run.parameters)
    const before = Object.keys(result.stored).length
    await updateRun(payload, run.id, {
      status: 'running',
      startedAt: now(),
      heartbeatAt: now(),
      rowsDone: before,
      error: null,
    })
    const outcome = await runMailMerge(req, params, {
      skip: new Set(Object.keys(result.stored)),
      started: (total) => updateRun(payload, run.id, { rowsTotal: before + total, heartbeatAt: now() }),
      stored: async (letter, stored, done) => {
        result.stored[letter.key] = stored.document
        result.releases += stored.releases
        await updateRun(payload, run.id, { rowsDone: before + done, heartbeatAt: now(), result }, req)
      },
    })
    result.withoutAddress = outcome.withoutAddress
    await updateRun(payload, run.id, { status: 'done', finishedAt: now(), heartbeatAt: now(), result })
  } catch (error) {
    await updateRun(payload, run.id, { status: 'failed', error: (error as Error).message, finishedAt: now() })
    throw error
  }
}
