import type { Payload } from 'payload'
import { indexExpert } from '../experts/index-expert'
import { indexRelease } from './index-release'

// Releases per job: a retry after a failure redoes little, and no job runs long enough to look abandoned.
export const TOPIC_REINDEX_BATCH = 100

const idsInTopic = async (payload: Payload, collection: 'releases' | 'experts', topic: number, after: number) =>
  (
    await payload.find({
      collection,
      overrideAccess: true,
      where: { and: [{ topics: { in: [topic] } }, { id: { greater_than: after } }] },
      sort: 'id',
      limit: collection === 'releases' ? TOPIC_REINDEX_BATCH : 0,
      pagination: false,
      depth: 0,
      select: { topics: true },
    })
  ).docs.map((d) => d.id)

/**
 * Search entries hold topic names, so a renamed topic's releases are indexed again: one batch of them (ids after
 * `after`), then the next batch is queued. The first batch takes the topic's experts too (a directory, not an
 * archive). Indexing is idempotent, so a retry or a second rename meanwhile only repeats work.
 */
export async function reindexTopicBatch(payload: Payload, topic: number, after = 0): Promise<string> {
  const releases = await idsInTopic(payload, 'releases', topic, after)
  for (const id of releases) await indexRelease(payload, id)
  const experts = after ? [] : await idsInTopic(payload, 'experts', topic, 0)
  for (const id of experts) await indexExpert(payload, id)
  if (releases.length === TOPIC_REINDEX_BATCH) {
    await payload.jobs.queue({ task: 'reindexTopic', input: { topic, after: releases.at(-1) } })
  }
  return `indexed ${releases.length} release(s) and ${experts.length} expert(s)`
}
