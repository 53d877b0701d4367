import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Drizzle in the same transaction as the save that called us, when there is one (the row it refers to may not be
 * committed yet); else Payload's own connection.
 */
export async function sessionDb(payload: Payload, req?: Partial<PayloadRequest>) {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id && adapter.sessions[id]?.db) || adapter.drizzle
}
