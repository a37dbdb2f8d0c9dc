import type { Payload } from 'payload'

import type { ImportKind } from './kinds/names'
import type { ImportReport } from './report'

export type Trigger = 'cli' | 'admin' | 'job'

type Progress = { phase: string; rows: number }

/**
 * The `import-runs` record of one file: written by the system (overrideAccess, outside the
 * file's transaction) so that progress shows while the import runs and the result stays after.
 */
export class RunRecord {
  private lastWrite = 0
  private writing: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly payload: Payload,
    readonly id: number,
  ) {}

  static async start(
    payload: Payload,
    data: { fileName: string; kind: ImportKind | null; trigger: Trigger; userId?: number },
  ): Promise<RunRecord> {
    const run = await payload.create({
      collection: 'import-runs',
      overrideAccess: true,
      depth: 0,
      data: {
        fileName: data.fileName,
        kind: data.kind ?? undefined,
        trigger: data.trigger,
        status: 'waiting',
        phase: 'waiting',
        rowsRead: 0,
        startedAt: new Date().toISOString(),
        startedBy: data.userId,
      },
    })
    return new RunRecord(payload, run.id)
  }

  /** Runs of this kind still marked running while we hold its lock were interrupted (killed). */
  static async interruptStale(payload: Payload, kind: ImportKind, currentId: number) {
    await payload.update({
      collection: 'import-runs',
      overrideAccess: true,
      where: {
        and: [
          { kind: { equals: kind } },
          { status: { equals: 'running' } },
          { id: { not_equals: currentId } },
          { createdAt: { less_than: new Date().toISOString() } },
        ],
      },
      data: { status: 'interrupted', phase: 'interrupted' },
    })
  }

  private update(data: Record<string, unknown>) {
    // One write after the other; a failed one (logged by its caller) does not stop the next.
    this.writing = this.writing.catch(() => undefined).then(() =>
      this.payload.update({ collection: 'import-runs', id: this.id, overrideAccess: true, depth: 0, data }),
    )
    return this.writing
  }

  waiting(kind: ImportKind) {
    return this.update({ kind, status: 'waiting', phase: 'waiting' })
  }

  running(kind: ImportKind, fullExport: boolean) {
    return this.update({ kind, status: 'running', fullExport })
  }

  /** At most once a second: progress is for people watching, not a log. */
  progress({ phase, rows }: Progress) {
    const now = Date.now()
    if (now - this.lastWrite < 1000 && phase !== 'done') return
    this.lastWrite = now
    void this.update({ phase, rowsRead: rows }).catch(() => undefined)
  }

  async finish(report: ImportReport) {
    await this.update({
      kind: report.kind ?? undefined,
      status: report.status,
      phase: 'done',
      rowsRead: report.rows,
      problemCount: report.problemCount,
      fullExport: report.fullExport,
      finishedAt: new Date().toISOString(),
      // The stored report keeps the first 200 problems; the CLI and the admin page get them all.
      report: { ...report, problems: report.problems.slice(0, 200) },
    })
  }
}
