import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the admin build is made of: a change here means `next build` must run again. */
const sourceRoots = ['app', 'admin', 'auth', 'collections', 'globals', 'fields', 'access', 'hooks', 'lib', 'i18n', 'constants']
const sourceFiles = ['payload.config.ts', 'next.config.ts', 'proxy.ts', 'package-lock.json']

function newestIn(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestIn(path.join(entry, name))), stat.mtimeMs)
}

/** True when there is no production build, or a source is newer than it. */
export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  return [...sourceRoots, ...sourceFiles].some((entry) => newestIn(path.join(root, entry)) > built)
}
