import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { migrations } from '../../migrations'
import { LOCKS, lock, unlock } from '../db/coordination'

type Migrations = NonNullable<NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']>

/** Applies pending migrations, one process at a time. */
export async function migrateWithLock(payload: Payload): Promise<void> {
  // A session-level advisory lock belongs to one connection, so hold one aside from the pool's others.
  const client = await (payload.db as unknown as PostgresAdapter).pool.connect()
  try {
    await lock(client, LOCKS.migration)
    // Payload's generated index types each migration precisely; its own signature takes `unknown` arguments.
    await payload.db.migrate({ migrations: migrations as unknown as Migrations })
  } finally {
    await unlock(client, LOCKS.migration).catch(() => {})
    client.release()
  }
}
