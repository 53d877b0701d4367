import type { Payload } from 'payload'
import { pool } from './pool'

// Statements that coordinate instances rather than read a table: advisory locks and the cache channel.
// The lock ids are any constants every instance shares.
export const LOCKS = {
  /** Two servers starting together must not both run the same migration. */
  migration: 7_202_611,
  /** One instance at a time moves the going-public watermark. */
  goingPublic: 7_202_612,
} as const
export const CACHE_CHANNEL = 'press_office_cache'

const LOCK = 'SELECT pg_advisory_lock($1)'
const UNLOCK = 'SELECT pg_advisory_unlock($1)'
const TRY_TRANSACTION_LOCK = 'SELECT pg_try_advisory_xact_lock($1) AS ok'
const NOTIFY = 'SELECT pg_notify($1, $2)'
// LISTEN takes a name, not a parameter, so it cannot be prepared; the channel is a constant.
export const LISTEN_TO_CACHE = `LISTEN ${CACHE_CHANNEL}`

type Client = { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }

/** A session lock, held by this connection until `unlock` (so the caller keeps the connection aside). */
export const lock = (client: Client, id: number) => client.query(LOCK, [id])
export const unlock = (client: Client, id: number) => client.query(UNLOCK, [id])

/** A lock for the caller's transaction, if no one else holds it: false means another instance is at it. */
export async function tryTransactionLock(client: Client, id: number): Promise<boolean> {
  const { rows } = await client.query(TRY_TRANSACTION_LOCK, [id])
  return Boolean((rows[0] as { ok?: boolean } | undefined)?.ok)
}

export const announceOnCacheChannel = (payload: Payload, message: string) =>
  pool(payload).query(NOTIFY, [CACHE_CHANNEL, message])

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { LOCK, UNLOCK, TRY_TRANSACTION_LOCK, NOTIFY }
