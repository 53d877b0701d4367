import type { Payload } from 'payload'
import { expertIndexMissing, releaseIndexMissing } from '../db/search-index'
import { reindexExperts } from '../experts/index-expert'
import { reindexAll } from './index-release'

/**
 * A database that had releases or experts before search existed (or was restored without the index) is indexed at
 * start.
 */
export async function ensureSearchIndex(payload: Payload): Promise<void> {
  if (await releaseIndexMissing(payload)) {
    payload.logger.info(`Search index built for ${await reindexAll(payload)} releases`)
  }
  if (await expertIndexMissing(payload)) {
    payload.logger.info(`Search index built for ${await reindexExperts(payload)} experts`)
  }
}
