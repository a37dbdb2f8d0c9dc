import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What the admin build is made of: a change here means `next build` must run again. */
const sourceRoots = [
  'app',
  'admin',
  'auth',
  'collections',
  'globals',
  'fields',
  'access',
  'hooks',
  'plugins',
  'lib',
  'i18n',
  'constants',
]
const sourceFiles = ['payload.config.ts', 'next.config.ts', 'proxy.ts', 'package-lock.json']

/** The portal's build bundles its routes, models and (through the config) the collections. */
const portalRoots = [
  'portal/app',
  'portal/models',
  'auth',
  'plugins',
  'collections',
  'globals',
  'fields',
  'access',
  'hooks',
  'lib',
  'i18n',
  'constants',
]
const portalFiles = ['portal/vite.config.ts', 'payload.config.ts', 'package-lock.json']

function newestIn(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestIn(path.join(entry, name))), stat.mtimeMs)
}

function isStale(root: string, marker: string, entries: string[]): boolean {
  const built = path.join(root, marker)
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return entries.some((entry) => newestIn(path.join(root, entry)) > builtAt)
}

/** True when there is no production build of the admin, or a source is newer than it. */
export function buildIsStale(root = process.cwd()): boolean {
  return isStale(root, path.join('.next', 'BUILD_ID'), [...sourceRoots, ...sourceFiles])
}

/** True when there is no production build of the portal (`vite build`), or a source is newer. */
export function portalBuildIsStale(root = process.cwd()): boolean {
  return isStale(root, path.join('portal', 'build', 'server', 'index.js'), [...portalRoots, ...portalFiles])
}
