import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { type Endpoint, Forbidden, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'

import { ReportRenderer } from './render'
import { importFiles } from './run'

const uploads = path.join(os.tmpdir(), 'hauswerk-import-uploads')
const token = z.string().regex(/^[a-f0-9]{32}$/)
const abandonedAfterMs = 24 * 60 * 60 * 1000

/** Uploads that no import named (the page was closed before starting) are removed after a day. */
async function removeAbandonedUploads() {
  const cutoff = Date.now() - abandonedAfterMs
  for (const name of await readdir(uploads)) {
    const file = path.join(uploads, name)
    const info = await stat(file).catch(() => null)
    if (info && info.mtimeMs < cutoff) await rm(file, { force: true })
  }
}

async function guard(req: PayloadRequest) {
  if (!isStaff(req.user) || !(await hasPermission(req, P.importRun))) throw new Forbidden(req.t)
}

/** Streams one uploaded file (the raw request body) to a temporary file: never held in memory. */
export const uploadEndpoint: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    await guard(req)
    if (!req.body) return Response.json({ errors: [{ message: 'no file' }] }, { status: 400 })
    await mkdir(uploads, { recursive: true })
    await removeAbandonedUploads()
    const id = randomBytes(16).toString('hex')
    await pipeline(Readable.fromWeb(req.body as never), createWriteStream(path.join(uploads, id)))
    return Response.json({ upload: id })
  },
}

const startBody = z.object({
  files: z
    .array(z.object({ upload: token, name: z.string().min(1).max(200) }))
    .min(1)
    .max(20),
  encoding: z.enum(['auto', 'utf-8', 'windows-1252']).default('auto'),
})

/** Imports the uploaded files (the same code path as the CLI and the job) and answers with the reports. */
export const startEndpoint: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req) => {
    await guard(req)
    const parsed = startBody.safeParse(await req.json?.())
    if (!parsed.success) return Response.json({ errors: [{ message: parsed.error.message }] }, { status: 400 })
    const inputs = parsed.data.files.map((file) => ({
      path: path.join(uploads, file.upload),
      name: path.basename(file.name),
    }))
    try {
      const reports = await importFiles(req.payload, inputs, {
        trigger: 'admin',
        encoding: parsed.data.encoding,
        userId: req.user?.id as number,
      })
      // `reports` carry message keys for programs; `rendered` is what the user reads, in their language.
      const renderer = new ReportRenderer(req.payload, req.i18n)
      const rendered = []
      for (const report of reports) rendered.push(await renderer.report(report))
      return Response.json({ reports, rendered })
    } finally {
      await Promise.all(inputs.map((input) => rm(input.path, { force: true })))
    }
  },
}
