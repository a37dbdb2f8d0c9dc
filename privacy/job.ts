import { randomBytes } from 'node:crypto'

import type { TaskConfig } from 'payload'

import { settingsFor } from '@/globals/settings-reader'

import { writeArchive } from './archive'
import { privacyDefaults } from './settings'

export const privacyExportTaskSlug = 'hauswerkPrivacyExport'
export const privacyQueue = 'privacy'

/**
 * F-86 "download my data" as a Payload job: builds the archive of one request and marks it ready
 * with its expiry. A failure marks the request failed with the reason; a job killed half-way
 * leaves the request queued and no archive, and the next run of the queue produces it.
 */
export const privacyExportTask: TaskConfig<{ input: { requestId: number }; output: { size: number } }> = {
  slug: privacyExportTaskSlug,
  label: 'Datenauskunft (DSGVO)',
  retries: 0,
  inputSchema: [{ name: 'requestId', type: 'number', required: true }],
  outputSchema: [{ name: 'size', type: 'number' }],
  handler: async ({ input, req }) => {
    // System work on the request the person or staff created (their access was checked then).
    const request = await req.payload.findByID({
      collection: 'privacy-requests',
      id: input.requestId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (request.kind !== 'export' || request.status !== 'queued') return { output: { size: 0 } }
    try {
      const name = `${request.id}-${randomBytes(16).toString('hex')}.zip`
      const archive = await writeArchive(req, Number(request.person), name)
      const hours = (await settingsFor(req)).privacy?.exportValidHours ?? privacyDefaults.exportValidHours
      await req.payload.update({
        collection: 'privacy-requests',
        id: request.id,
        overrideAccess: true,
        req,
        data: {
          status: 'ready',
          archive: { ...archive, expiresAt: new Date(Date.now() + hours * 3_600_000).toISOString() },
        },
      })
      return { output: { size: archive.size } }
    } catch (error) {
      await req.payload.update({
        collection: 'privacy-requests',
        id: request.id,
        overrideAccess: true,
        req,
        data: { status: 'failed', archive: { error: error instanceof Error ? error.message : String(error) } },
      })
      throw error
    }
  },
}
