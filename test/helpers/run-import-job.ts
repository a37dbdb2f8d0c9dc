/**
 * Test helper, run as a child process on its own database: queues the import job the way the
 * nightly schedule does (no input: the inbox folder) and runs the queue once, then prints the
 * job's output as JSON.
 */
import { getPayload } from 'payload'

import { expectPostgresToStop } from '@/db/client'
import { importQueue, importTaskSlug } from '@/imports/job'

const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
const queued = (await payload.jobs.queue({
  task: importTaskSlug as never,
  input: {} as never,
  queue: importQueue,
})) as { id: number }
await payload.jobs.run({ queue: importQueue })
const job = (await payload.findByID({ collection: 'payload-jobs', id: queued.id, depth: 0 })) as unknown as {
  hasError: boolean
  completedAt: string | null
  log?: Array<{ taskSlug: string; state: string; output?: unknown }>
}
// A task's output is kept in the job's log entry of that task.
const output = job.log?.find((entry) => entry.taskSlug === importTaskSlug && entry.state === 'succeeded')?.output
console.log(JSON.stringify({ output, hasError: job.hasError, completedAt: job.completedAt }))
expectPostgresToStop(payload)
process.exit(0)
