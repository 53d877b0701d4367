import type { Payload } from 'payload'
import { pool } from './pool'

// An empty index beside content to index: a database from before search existed, or restored without it.
const RELEASES_UNINDEXED = `SELECT NOT EXISTS (SELECT 1 FROM release_search)
  AND EXISTS (SELECT 1 FROM releases WHERE _status = 'published') AS empty`
const EXPERTS_UNINDEXED = `SELECT NOT EXISTS (SELECT 1 FROM expert_search) AND EXISTS (SELECT 1 FROM experts) AS empty`

const ask = async (payload: Payload, statement: string) =>
  Boolean((await pool(payload).query<{ empty: boolean }>(statement)).rows[0]?.empty)

export const releaseIndexMissing = (payload: Payload) => ask(payload, RELEASES_UNINDEXED)
export const expertIndexMissing = (payload: Payload) => ask(payload, EXPERTS_UNINDEXED)

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { RELEASES_UNINDEXED, EXPERTS_UNINDEXED }
