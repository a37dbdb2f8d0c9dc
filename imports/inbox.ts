import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Env } from '@/server/env'

import type { ImportReport } from './report'

/** The folder the accounting system's nightly export lands in, and where files go afterwards. */
export function inboxDirectory(config: Env): string {
  return path.resolve(/*turbopackIgnore: true*/ config.HAUSWERK_IMPORT_INBOX ?? path.join(config.dataDir, 'import', 'inbox'))
}

/** The files waiting in the inbox (CSV and JSON), oldest first by name. */
export async function inboxFiles(inbox: string): Promise<string[]> {
  await mkdir(inbox, { recursive: true })
  const names = (await readdir(inbox)).filter((name) => /\.(csv|json)$/i.test(name)).sort()
  const files: string[] = []
  for (const name of names) if ((await stat(path.join(inbox, name))).isFile()) files.push(path.join(inbox, name))
  return files
}

/** Moves each imported file to `../done/<stamp>/`, each refused one to `../rejected/<stamp>/`. */
export async function fileAway(inbox: string, reports: Array<{ path: string; report: ImportReport }>) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  for (const { path: file, report } of reports) {
    const target = path.join(path.dirname(inbox), report.status === 'imported' ? 'done' : 'rejected', stamp)
    await mkdir(target, { recursive: true })
    await rename(file, path.join(target, path.basename(file)))
  }
}
