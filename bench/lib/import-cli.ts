import { spawn, spawnSync } from 'node:child_process'

/** What `npm run import -- --json` prints as its last line. */
export type CliResult = {
  reports: Array<{
    file: string
    kind: string | null
    rows: number
    seconds: number
    status: string
    problemCount: number
    problems: unknown[]
  }>
  maxRssBytes: number
  /** Time spent encrypting and hashing values before COPY (ADR 0063). */
  sealingSeconds: number
}

const childEnv = (url: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: url,
  HAUSWERK_DEMO: '0',
  NODE_ENV: 'production',
})

/**
 * Migrates the database and seeds the configuration (no demo data) in a child process, as
 * `npm start` would; with a definitions file, also creates those individual fields.
 */
export function prepareDatabaseIn(url: string, definitionsFile?: string) {
  const args = ['--import', 'tsx', 'bench/lib/prepare-database.ts', ...(definitionsFile ? [definitionsFile] : [])]
  const result = spawnSync(process.execPath, args, { env: childEnv(url), stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`preparing ${url.replace(/:[^:@/]*@/, ':…@')} failed`)
}

/** Imports the files with the real CLI (`scripts/import.ts --json --quiet`) in a child process. */
export function importWithCli(url: string, files: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--json', '--quiet', ...files], {
      env: childEnv(url),
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? ''
      try {
        const result = JSON.parse(last) as CliResult
        if (code !== 0)
          reject(
            new Error(
              `import failed: ${JSON.stringify(result.reports.map((report) => [report.file, report.status, report.problems.slice(0, 3)]))}`,
            ),
          )
        else resolve(result)
      } catch {
        reject(new Error(`import exited ${code}: ${output.slice(-2000)}`))
      }
    })
  })
}
