/**
 * The portal server (ARCHITECTURE.md "Portal": two processes, one address). On PORT it passes
 * the admin, REST, GraphQL and Next's own assets to Next on its internal port, and serves the
 * Remix portal for everything else — the production build, or with `--dev` Vite's dev server with
 * hot reload. Started by scripts/start.ts; HAUSWERK_NEXT_URL says where Next listens.
 *
 * In production it runs as HAUSWERK_PORTAL_PROCESSES processes (node:cluster, default one per
 * core, at most 4) on the one port: a portal request is CPU work in Node (session check, access
 * rules, React render), so one process uses one core however many the machine has
 * (docs/benchmarks.md "portal"). Nothing of a session lives in a process (ADR 0050), so any of
 * them answers any request.
 */
import cluster from 'node:cluster'
import { createServer } from 'node:http'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { createProxyMiddleware } from 'http-proxy-middleware'
import { z } from 'zod'

import { clientOfConnection } from '@/auth/client-address'
import { portalSecurityHeaders } from '@/portal/security-headers'

const env = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HAUSWERK_NEXT_URL: z.url(),
    // Unset: every interface, as `next start` did before the portal.
    HAUSWERK_HOST: z.string().optional(),
    HAUSWERK_PORTAL_PROCESSES: z.coerce.number().int().min(1).max(64).default(Math.min(availableParallelism(), 4)),
  })
  .parse(process.env)
const dev = process.argv.includes('--dev')
// Vite's dev server with hot reload is one process.
const processes = dev ? 1 : env.HAUSWERK_PORTAL_PROCESSES
const portalRoot = path.join(process.cwd(), 'portal')

/** Paths that belong to Next: the admin, the API (REST, GraphQL, files) and Next's internals. */
export const nextPaths = /^\/(admin|api|_next|__nextjs[\w-]*)(\/|\?|$)/

if (cluster.isPrimary && processes > 1) supervise()
else await serve()

/**
 * The primary of several portal processes: forks them and stops with them. start.ts signals the
 * whole process group, so each process closes its own server; one that dies unasked ends the
 * portal (and so start.ts stops Hauswerk), as a single portal process would.
 */
function supervise() {
  let stopping = false
  for (let n = 0; n < processes; n++) cluster.fork()
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      console.error(`portal process ${worker.process.pid} ended (${signal ?? code}); stopping the portal`)
      stopping = true
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM')
      process.exitCode = code || 1
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit()
  })
  const stop = () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM')
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

async function serve() {
  const app = express()
  app.disable('x-powered-by')
  const server = createServer(app)

  // First, before anything reads a body: Next gets the request untouched.
  const toNext = createProxyMiddleware({
    target: env.HAUSWERK_NEXT_URL,
    pathFilter: (pathname) => nextPaths.test(pathname),
    xfwd: true,
    ws: true,
  })
  app.use(toNext)
  server.on('upgrade', (req, socket, head) => {
    if (nextPaths.test(req.url ?? '')) toNext.upgrade(req, socket as never, head)
  })

  app.use(portalSecurityHeaders(dev))

  let build: ServerBuild | (() => Promise<ServerBuild>)
  if (dev) {
    const vite = await import('vite')
    const viteServer = await vite.createServer({
      configFile: path.join(portalRoot, 'vite.config.ts'),
      server: { middlewareMode: true, hmr: { server } },
    })
    app.use(viteServer.middlewares)
    build = () => viteServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
  } else {
    const client = path.join(portalRoot, 'build', 'client')
    app.use('/assets', express.static(path.join(client, 'assets'), { immutable: true, maxAge: '1y' }))
    app.use(express.static(client, { maxAge: '1h' }))
    build = (await import(path.join(portalRoot, 'build', 'server', 'index.js'))) as ServerBuild
  }

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: dev ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        nonce: String(res.locals.nonce ?? ''),
        clientAddress: clientOfConnection(req.get('x-forwarded-for'), req.socket.remoteAddress),
      }),
    }),
  )

  server.listen(env.PORT, env.HAUSWERK_HOST)

  function stop() {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
