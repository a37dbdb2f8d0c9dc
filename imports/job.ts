import type { JobsConfig, TaskConfig } from 'payload'

import { env } from '@/server/env'
import { privacyExportTask, privacyQueue } from '@/privacy/job'
import { reportQueue, reportTask } from '@/reports/pipeline/jobs'

import { fileAway, inboxDirectory, inboxFiles } from './inbox'
import type { ImportReport } from './report'
import { importFile, importFiles, sortByKind } from './run'

export const importTaskSlug = 'hauswerkImport'
export const importQueue = 'import'

/**
 * The import as a Payload job (SPEC F-12: rerunnable nightly). With `paths` it imports those files;
 * without, the files waiting in the inbox folder, which it then files away as done or rejected.
 * Progress and result of each file are in `import-runs`; the job's output holds the reports.
 */
export const importTask: TaskConfig<{
  input: { paths?: string[] | null }
  output: { reports: unknown; rejected: number }
}> = {
  slug: importTaskSlug,
  label: 'Import aus der Buchhaltung',
  retries: 0,
  inputSchema: [{ name: 'paths', type: 'json' }],
  outputSchema: [
    { name: 'reports', type: 'json' },
    { name: 'rejected', type: 'number' },
  ],
  schedule:
    env().HAUSWERK_IMPORT_SCHEDULE === 'off'
      ? undefined
      : [{ cron: env().HAUSWERK_IMPORT_SCHEDULE, queue: importQueue }],
  handler: async ({ input, req }) => {
    const given = Array.isArray(input?.paths) ? input.paths.map(String) : []
    if (given.length) {
      const reports = await importFiles(
        req.payload,
        given.map((path) => ({ path })),
        { trigger: 'job' },
      )
      return { output: { reports, rejected: reports.filter((report) => report.status !== 'imported').length } }
    }
    const inbox = inboxDirectory(env())
    const files = await inboxFiles(inbox)
    const done: Array<{ path: string; report: ImportReport }> = []
    // One at a time in import order, each filed away with its own report.
    for (const input of sortByKind(files.map((file) => ({ path: file })))) {
      done.push({ path: input.path, report: await importFile(req.payload, input, { trigger: 'job' }) })
    }
    await fileAway(inbox, done)
    const reports = done.map((entry) => entry.report)
    return { output: { reports, rejected: reports.filter((report) => report.status !== 'imported').length } }
  },
}

/** Jobs: the import, reports and the data archive (F-86); queued jobs run only in the server process (`npm start` sets HAUSWERK_JOBS). */
export const jobs: JobsConfig = {
  tasks: [
    importTask as unknown as TaskConfig,
    reportTask as unknown as TaskConfig,
    privacyExportTask as unknown as TaskConfig,
  ],
  // Keep finished jobs: their output is the record of what the nightly import did.
  deleteJobOnComplete: false,
  // Report jobs start at once in the process that queued them; the cron picks up any left waiting.
  autoRun: () =>
    env().HAUSWERK_JOBS
      ? [
          { cron: '* * * * *', queue: importQueue },
          { cron: '* * * * *', queue: reportQueue },
          // Every 10 s: a person waits on the page for their archive.
          { cron: '*/10 * * * * *', queue: privacyQueue },
        ]
      : [],
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, hidden: false, group: 'Administration' },
  }),
}
