'use client'

import { Button, Pill, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { formatDay } from '@/lib/format'

import { postJson } from '../lib/api'
import { DataTable } from '../lib/data-table'
import { useReportsText } from './say'

export type RunEntry = {
  id: number
  title: string
  format: string
  status: 'queued' | 'running' | 'done' | 'failed'
  rowsDone: number
  rowsTotal: number
  error: string | null
  createdAt: string
  /** A mail merge's run: what it stored; it has no file to download. */
  letters: { stored: number; releases: number; withoutAddress: string[] } | null
}

const pillStyles = { queued: 'light-gray', running: 'warning', done: 'success', failed: 'error' } as const
const statusText = {
  queued: 'reportsRunQueued',
  running: 'reportsRunRunning',
  done: 'reportsRunDone',
  failed: 'reportsRunFailed',
} as const

/** The user's recent background runs in Payload's table: status, progress, download or rerun. */
export function RunsTable({ runs }: { runs: RunEntry[] }) {
  const { say } = useReportsText()
  const router = useRouter()
  return (
    <section className="reports-panel__runs" aria-labelledby="reports-runs-title">
      <h2 id="reports-runs-title">{say('reportsRuns')}</h2>
      {runs.length === 0 ? (
        <p>{say('reportsRunsNone')}</p>
      ) : (
        <DataTable
          testId="report-runs"
          rows={runs}
          columns={[
            { key: 'title', heading: say('reportsRunReport'), cell: (run) => run.title },
            { key: 'format', heading: say('reportsRunFormat'), cell: (run) => run.format.toUpperCase() },
            { key: 'createdAt', heading: say('reportsRunCreated'), cell: (run) => formatDay(run.createdAt) },
            {
              key: 'status',
              heading: say('reportsRunStatus'),
              cell: (run) => (
                <Pill size="small" pillStyle={pillStyles[run.status]}>
                  {say(statusText[run.status])}
                </Pill>
              ),
            },
            {
              key: 'result',
              heading: say('reportsRunResult'),
              cell: (run) =>
                run.status === 'done' && run.letters ? (
                  <>
                    {say('reportsRunLetters', run.letters)}
                    {run.letters.withoutAddress.length ? (
                      <>
                        <br />
                        {say('reportsRunNoAddress', { names: run.letters.withoutAddress.join('; ') })}
                      </>
                    ) : null}
                  </>
                ) : run.status === 'done' ? (
                  <Button buttonStyle="secondary" size="small" el="anchor" url={`/api/reports/runs/${run.id}/file`}>
                    {say('reportsRunDownload')}
                  </Button>
                ) : run.status === 'failed' ? (
                  <>
                    {run.error ? <span className="reports-runs__error">{run.error} </span> : null}
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      onClick={() =>
                        postJson(`/api/reports/runs/${run.id}/rerun`)
                          .then(() => router.refresh())
                          .catch((error) => toast.error((error as Error).message))
                      }
                    >
                      {say('reportsRunAgain')}
                    </Button>
                  </>
                ) : (
                  <span className="reports-runs__progress">
                    <progress
                      max={run.rowsTotal || 1}
                      value={run.rowsDone}
                      aria-label={say('reportsRunProgress', { done: run.rowsDone, total: run.rowsTotal })}
                    />{' '}
                    {say('reportsRunProgress', { done: run.rowsDone, total: run.rowsTotal })}
                  </span>
                ),
            },
          ]}
        />
      )}
    </section>
  )
}
