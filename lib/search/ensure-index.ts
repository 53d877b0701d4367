import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { reindexAll } from './index-release'

/** A database that had releases before search existed (or was restored without the index) is indexed at start. */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const { rows } = await pool(payload).query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM release_search) AND EXISTS (SELECT 1 FROM releases WHERE _status = 'published') AS empty`,
  )
  if (!rows[0]?.empty) return
  payload.logger.info(`Search index built for ${await reindexAll(payload)} releases`)
}
