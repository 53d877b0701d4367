import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

type Client = Pick<PoolClient, 'query'>

/** Payload's own connection pool, for the few statements that must be single atomic SQL (counters, claims). */
export const pool = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/** Runs `work` on one connection inside a transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(payload: Payload, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool(payload).connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
