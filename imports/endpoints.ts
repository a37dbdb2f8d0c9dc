import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { access, mkdir, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { type Endpoint, Forbidden, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { languageOf } from '@/i18n/language'
import { bodyError, fieldError, message } from '@/i18n/messages'

import { ReportRenderer } from './render'
import { importFiles } from './run'

const uploads = path.join(os.tmpdir(), 'hauswerk-import-uploads')
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
    if (!req.body) throw fieldError(req, 'file', 'importUploadNoFile')
    await mkdir(uploads, { recursive: true })
    await removeAbandonedUploads()
    const id = randomBytes(16).toString('hex')
    await pipeline(Readable.fromWeb(req.body as never), createWriteStream(path.join(uploads, id)))
    return Response.json({ upload: id })
  },
}

const maxFiles = 20
const maxNameLength = 200

/** The start request; each refusal says why in the request's language, at its field. */
function startBody(req: PayloadRequest) {
  const filesCount = message(req, 'importStartFilesCount', { max: maxFiles })
  const name = message(req, 'importStartFileName', { max: maxNameLength })
  return z.object({
    files: z
      .array(
        z.object({
          upload: z.string({ error: message(req, 'importStartUploadInvalid') }).regex(/^[a-f0-9]{32}$/, {
            error: message(req, 'importStartUploadInvalid'),
          }),
          name: z
            .string({ error: name })
            .min(1, { error: name })
            .max(maxNameLength, { error: name })
            // As the inbox: the importer reads CSV and JSON, and tells them apart by the extension.
            .regex(/\.(csv|json)$/i, { error: message(req, 'importStartFileType') }),
        }),
        { error: filesCount },
      )
      .min(1, { error: filesCount })
      .max(maxFiles, { error: filesCount }),
    encoding: z.enum(['auto', 'utf-8', 'windows-1252'], { error: message(req, 'importStartEncoding') }).default('auto'),
  })
}

/** Zod's own wording for anything the schema does not word itself (a body that is no object). */
const zodLocale = (req: PayloadRequest) => z.locales[languageOf(req.i18n)]().localeError

/** Imports the uploaded files (the same code path as the CLI and the job) and answers with the reports. */
export const startEndpoint: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req) => {
    await guard(req)
    const body: unknown = await req.json?.().catch(() => undefined)
    const parsed = startBody(req).safeParse(body, { error: zodLocale(req) })
    if (!parsed.success) throw bodyError(req, parsed.error)
    for (const [index, file] of parsed.data.files.entries()) {
      const present = await access(path.join(uploads, file.upload)).then(
        () => true,
        () => false,
      )
      if (!present) throw fieldError(req, `files.${index}.upload`, 'importStartUploadGone')
    }
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
