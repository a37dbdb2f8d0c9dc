/**
 * `npm run import -- [options] <files…>`: imports exports of the accounting system (SPEC F-12)
 * into the database of `npm start` (DATABASE_URL, or the embedded Postgres in the data directory,
 * running or not). One transaction per file; prints a report per file and exits 1 when any file
 * was refused. Options: --kind <kind>, --encoding auto|utf-8|windows-1252, --json (reports as
 * JSON on stdout, with the peak memory), --quiet (no progress), --lang de|en (the report's
 * language; otherwise LANG's when it is English or German, else German, as the admin).
 */
import { parseArgs } from 'node:util'

import { initI18n } from '@payloadcms/translations'
import { SingleBar } from 'cli-progress'

import { expectPostgresToStop } from '@/db/client'
import { sealingSeconds } from '@/imports/db'
import { type Progress, importFiles } from '@/imports/run'
import { importKinds, type ImportKind } from '@/imports/kinds/names'
import { ReportRenderer } from '@/imports/render'
import { type ProblemParams, textIn } from '@/imports/report'
import type { HauswerkMessage } from '@/i18n/translations'
import type { Language } from '@/lib/format'
import { DataKeyError } from '@/db/data-keys'
import { parseEnv } from '@/server/env'
import { resolveDatabase } from '@/server/database-url'
import { checkDataKeys } from '@/server/data-keys-check'
import { prepareDatabase } from '@/server/prepare'

const synopsis = `npm run import -- [--kind ${importKinds.join('|')}] [--encoding auto|utf-8|windows-1252] [--lang de|en] [--json] [--quiet] <files…>`
const encodings = ['auto', 'utf-8', 'windows-1252']
/** `LANG=en_GB.UTF-8` → en; German unless the environment (or `--lang`) asks for English. */
const environmentLanguage: Language = /^en/.test(process.env.LANG ?? '') ? 'en' : 'de'

/** Wrong arguments: why, and how to call it, in the user's language; exit code 2. */
function refuse(language: Language, key: HauswerkMessage | null, params: ProblemParams = {}): never {
  console.error(
    [key && textIn(language, key, params), textIn(language, 'importCliUsage', { synopsis })].filter(Boolean).join('\n'),
  )
  process.exit(2)
}

let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      encoding: { type: 'string', default: 'auto' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
} catch (error) {
  // Node's parseArgs words its errors in English: its code says which, the message names the option.
  const { code, message } = error as Error & { code?: string }
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') refuse(environmentLanguage, 'importCliUnknownOption', { option })
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') refuse(environmentLanguage, 'importCliOptionValue', { option })
  console.error(message)
  refuse(environmentLanguage, null)
}
const { values, positionals } = args
if (values.lang && !['de', 'en'].includes(values.lang)) {
  refuse(environmentLanguage, 'importCliUnknownLanguage', { value: values.lang })
}
const language = (values.lang as Language | undefined) ?? environmentLanguage
if (values.help) {
  console.error(textIn(language, 'importCliUsage', { synopsis }))
  process.exit(0)
}
if (positionals.length === 0) refuse(language, 'importCliNoFiles')
if (values.kind && !(importKinds as readonly string[]).includes(values.kind)) {
  refuse(language, 'importUnknownKind', { value: values.kind, known: importKinds.join(', ') })
}
if (!encodings.includes(values.encoding!)) {
  refuse(language, 'importCliUnknownEncoding', { value: values.encoding!, known: encodings.join(', ') })
}

const config = parseEnv()
const { url, embedded } = await resolveDatabase(config, console.error)
try {
  // The rows are encrypted with the ring: it must be the database's (ADR 0063).
  await checkDataKeys(url, config.dataDir, console.error)
} catch (error) {
  if (!(error instanceof DataKeyError)) throw error
  console.error(error.message)
  await embedded?.stop()
  process.exit(1)
}
process.env.DATABASE_URL = url
const { payload } = await prepareDatabase(config)

const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
const t = (key: string, vars?: Record<string, unknown>) =>
  (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
const renderer = new ReportRenderer(payload, i18n)
const log = values.json ? console.error : console.log
const tty = process.stderr.isTTY && !values.quiet
let bar: SingleBar | null = null
let lastLine = ''
const onProgress = (progress: Progress) => {
  if (values.quiet) return
  if (tty) {
    if (progress.phase === 'done') {
      bar?.stop()
      bar = null
      return
    }
    if (!bar) {
      bar = new SingleBar({
        format: `${progress.file} [{bar}] {percentage}% | {phase} | {rows}`,
        stream: process.stderr,
        hideCursor: true,
      })
      bar.start(progress.totalBytes || 1, 0, { phase: t(`importPhase_${progress.phase}`), rows: '' })
    }
    bar.update(progress.bytes, {
      phase: t(`importPhase_${progress.phase}`),
      rows: t('importRowsRead', { count: progress.rows }),
    })
    return
  }
  // Not a terminal: a plain line per phase and per tenth of the file.
  const tenth = progress.totalBytes ? Math.floor((progress.bytes / progress.totalBytes) * 10) : 0
  const line = `${progress.file}: ${t(`importPhase_${progress.phase}`)}${progress.phase === 'reading' ? ` ${tenth * 10}%` : ''}`
  if (line !== lastLine) {
    lastLine = line
    console.error(`${line} (${t('importRowsRead', { count: progress.rows })})`)
  }
}

const reports = await importFiles(
  payload,
  positionals.map((path) => ({ path })),
  { trigger: 'cli', encoding: values.encoding as 'auto', kind: values.kind as ImportKind | undefined, onProgress },
)
for (const report of reports) log(await renderer.text(report))
if (values.json) {
  const json = JSON.stringify({
    reports,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    sealingSeconds: sealingSeconds(),
  })
  // A pipe is written asynchronously: wait until it took the line, or exit would cut it.
  await new Promise((resolve) => process.stdout.write(`${json}\n`, resolve))
}
const rejected = reports.filter((report) => report.status !== 'imported').length
log(
  rejected
    ? t('importCliRefused', { refused: rejected, count: reports.length })
    : t('importCliDone', { count: reports.length }),
)
expectPostgresToStop(payload)
await embedded?.stop()
process.exit(rejected ? 1 : 0)
