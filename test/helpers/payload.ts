import { getPayload, type Payload } from 'payload'

/** Payload on this test file's own database (see test/setup/database-per-file.ts). */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config, key: process.env.DATABASE_URL })
}
