import { commitTransaction, getPayload, initTransaction, killTransaction, type Payload } from 'payload'

import type { Env } from './env'
import { seedConfiguration } from '@/seed/configuration'
import { seedContext } from '@/seed/context'
import { seedDemo } from '@/seed/demo'
import { ensureFirstAdministrator } from '@/seed/first-admin'

import { migrateToLatest } from './migrate'

export type Prepared = { payload: Payload; seeded: boolean; demo: boolean; adminCreated: boolean }

/** Loads Payload on the configured database (DATABASE_URL must be set before this is called). */
export async function loadPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

/**
 * Brings a database up to date: migrations, then on an empty database the configuration and
 * (unless HAUSWERK_DEMO=0) the demo data in one transaction, then the first administrator.
 */
export async function prepareDatabase(config: Env, options: { demo?: boolean } = {}): Promise<Prepared> {
  const payload = await loadPayload()
  await migrateToLatest(payload)
  const demo = options.demo ?? config.HAUSWERK_DEMO
  const empty = (await payload.count({ collection: 'roles' })).totalDocs === 0
  if (empty) {
    const ctx = await seedContext(payload)
    await initTransaction(ctx.req)
    try {
      const configuration = await seedConfiguration(ctx)
      if (demo) await seedDemo(ctx, configuration, config.HAUSWERK_DEMO_PASSWORD)
      await commitTransaction(ctx.req)
    } catch (error) {
      await killTransaction(ctx.req)
      throw error
    }
  }
  const adminCreated = await ensureFirstAdministrator(
    payload,
    config.HAUSWERK_ADMIN_EMAIL,
    config.HAUSWERK_ADMIN_PASSWORD,
  )
  return { payload, seeded: empty, demo: empty && demo, adminCreated }
}
