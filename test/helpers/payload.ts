import { getPayload, type Payload } from 'payload'

/**
 * Payload on this test file's own database (see test/setup/database-per-file.ts). Vitest runs
 * every file in its own process, so Payload's process-wide cache holds exactly this instance.
 */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
