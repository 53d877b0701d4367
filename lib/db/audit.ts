import type { PoolClient } from 'pg'
import type { AuditRow } from '../audit/row'

type Client = Pick<PoolClient, 'query'>

// The audit trail written by jobs and commands, which hold a database connection and no Payload request: the
// publication clock (an embargo lifted), backup and restore. Payload writes the same row from requests
// (lib/audit/record.ts). Retention is the only delete the database allows (migration 20261208_030000): it must say
// so for its transaction.
const INSERT = `INSERT INTO audit_entries (action, summary, actor_id, actor_label, subject_collection, subject_id,
    subject_title, field, before, after, client_address, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), now())`
const ALLOW_PRUNE = `SELECT set_config('press_office.audit_prune', 'on', true)`
const PRUNE = `DELETE FROM audit_entries WHERE created_at < $1`

export async function insertAuditRow(client: Client, row: AuditRow): Promise<void> {
  await client.query(INSERT, [
    row.action,
    row.summary,
    row.actorId,
    row.actorLabel,
    row.subjectCollection,
    row.subjectId,
    row.subjectTitle,
    row.field,
    row.before,
    row.after,
    row.clientAddress,
  ])
}

/** Deletes entries older than `before`, inside the caller's transaction; answers how many went. */
export async function pruneAuditRows(client: Client, before: Date): Promise<number> {
  await client.query(ALLOW_PRUNE)
  return (await client.query(PRUNE, [before])).rowCount ?? 0
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { INSERT, ALLOW_PRUNE, PRUNE }
