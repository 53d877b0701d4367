import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Payload's own connection pool, for the few statements that must be single atomic SQL (counters, claims). */
export const pool = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool
