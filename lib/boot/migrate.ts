import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { migrations } from '../../migrations'

// Any constant shared by every instance: two servers starting together must not both run the same migration.
const MIGRATION_LOCK = 7_202_611
type Migrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/** Applies pending migrations, one process at a time. */
export async function migrateWithLock(payload: Payload): Promise<void> {
  // A session-level advisory lock belongs to one connection, so hold one aside from the pool's others.
  const lock = await (payload.db as unknown as PostgresAdapter).pool.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    // Payload's generated index types each migration precisely; its own signature takes `unknown` arguments.
    await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    lock.release()
  }
}
