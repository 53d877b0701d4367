import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Runs one of lib/db's statements (`$1`, `$2` placeholders, as pg takes them) in the same transaction as the save
 * that called us, when there is one (the row it refers to may not be committed yet); else on Payload's own
 * connection. Payload keeps a save's transaction as a drizzle session, so the statement goes through drizzle, its
 * values still sent as parameters.
 */
export async function runInSession(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  statement: string,
  values: unknown[],
): Promise<void> {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const db = (id && adapter.sessions[id]?.db) || adapter.drizzle
  const pieces = statement.split(/\$(\d+)/)
  await db.execute(sql.join(pieces.map((piece, i) => (i % 2 ? sql`${values[Number(piece) - 1]}` : sql.raw(piece)))))
}
