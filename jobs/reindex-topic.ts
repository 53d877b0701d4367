import type { TaskConfig } from 'payload'
import { reindexTopicBatch } from '../lib/search/reindex-topic'

/** Queued when a topic is renamed (collections/topics/hooks/reindex-on-rename), and by itself for the next batch. */
export const reindexTopic: TaskConfig<'reindexTopic'> = {
  slug: 'reindexTopic',
  label: 'Update search for a renamed topic',
  inputSchema: [
    { name: 'topic', type: 'number', required: true },
    { name: 'after', type: 'number' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => ({
    output: { outcome: await reindexTopicBatch(req.payload, input.topic, input.after ?? 0) },
  }),
}
