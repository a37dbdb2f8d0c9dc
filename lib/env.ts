import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true')

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Set by scripts/start.ts for Next, whose own server overwrites PORT with its internal port.
  HAUSWERK_PUBLIC_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SERVER_URL: z.url().optional(),
  /** How many proxies in front of Hauswerk append to X-Forwarded-For (ADR 0053). */
  HAUSWERK_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  HAUSWERK_DATA_DIR: z.string().default('.data'),
  HAUSWERK_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54320),
  HAUSWERK_ADMIN_EMAIL: z.email().default('admin@hauswerk.local'),
  HAUSWERK_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').default('hauswerk-admin'),
  HAUSWERK_DEMO: flag.default(true),
  HAUSWERK_DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').default('hauswerk-demo'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().default('eu-central-1'),
  S3_ENDPOINT: z.url().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Hauswerk <noreply@hauswerk.local>'),
  CHROMIUM_PATH: z.string().optional(),
  /** Where the nightly import job takes its files from (default <data dir>/import/inbox). */
  HAUSWERK_IMPORT_INBOX: z.string().optional(),
  /** When the import job runs (cron with seconds, Europe/Vienna); "off" disables it. */
  HAUSWERK_IMPORT_SCHEDULE: z.string().default('0 0 2 * * *'),
  /** Set by `npm start` for the server process: only it runs queued jobs. */
  HAUSWERK_JOBS: flag.default(false),
})

export type Env = z.infer<typeof envSchema> & { PAYLOAD_SECRET: string; dataDir: string }

export class EnvError extends Error {}

/** Reads and validates the environment once; a bad value names the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(withoutEmptyStrings(source))
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
  }
  const dataDir = path.resolve(result.data.HAUSWERK_DATA_DIR)
  return {
    ...result.data,
    // The address people use (links in mails, allowed origins), not Next's internal port.
    PORT: result.data.HAUSWERK_PUBLIC_PORT ?? result.data.PORT,
    dataDir,
    PAYLOAD_SECRET: result.data.PAYLOAD_SECRET ?? storedSecret(dataDir),
  }
}

let cached: Env | undefined
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

// An unset variable and an empty one mean the same to a person editing a .env file.
function withoutEmptyStrings(source: NodeJS.ProcessEnv) {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
}

/** Generated once per data directory so sessions survive restarts without configuration. */
function storedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Where mail goes without SMTP_URL: one .eml file per message. */
export function outboxDirectory(config: Pick<Env, 'dataDir'>): string {
  return path.join(config.dataDir, 'outbox')
}

/** The address people reach Hauswerk at: links in e-mails, allowed origins. */
export function publicUrl(config: Pick<Env, 'SERVER_URL' | 'PORT'> = env()): string {
  return (config.SERVER_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '')
}
