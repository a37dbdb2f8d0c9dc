import type { Payload } from 'payload'

import { migrations } from '@/migrations'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Applies the committed migrations. They are passed in rather than found on disk, so Node never
 * has to import the `.ts` files itself (in tests, scripts and the built app alike).
 */
export function migrateToLatest(payload: Payload): Promise<void> {
  // The generated files type their arguments precisely; the adapter's list takes them loosely.
  return payload.db.migrate({ migrations: migrations as unknown as Migrations })
}
