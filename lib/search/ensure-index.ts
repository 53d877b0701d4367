import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { reindexExperts } from '../experts/index-expert'
import { reindexAll } from './index-release'

/** A database that had releases or experts before search existed (or was restored without the index) is indexed at start. */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  const { rows } = await pool(payload).query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM release_search) AND EXISTS (SELECT 1 FROM releases WHERE _status = 'published') AS empty`,
  )
  if (rows[0]?.empty) payload.logger.info(`Search index built for ${await reindexAll(payload)} releases`)
  const { rows: experts } = await pool(payload).query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM expert_search) AND EXISTS (SELECT 1 FROM experts) AS empty`,
  )
  if (experts[0]?.empty) payload.logger.info(`Search index built for ${await reindexExperts(payload)} experts`)
}
