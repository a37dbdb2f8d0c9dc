import { freePort } from '@/server/embedded-postgres'

/**
 * The port a bench serves on: BENCH_PORT when given (engineers on a shared machine use their
 * assigned one), otherwise one the kernel says is free. Postgres takes BENCH_PORT + 1000.
 */
export async function benchPorts(): Promise<{ http: number; postgres: number }> {
  const configured = Number(process.env.BENCH_PORT)
  if (configured) return { http: configured, postgres: configured + 1000 }
  return { http: await freePort(), postgres: await freePort() }
}
