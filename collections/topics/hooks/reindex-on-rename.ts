import type { CollectionAfterChangeHook } from 'payload'

/**
 * Search finds releases and experts by their topics' names: after a rename, their entries are rebuilt by the job
 * queue, in batches, once this save has committed (the job is queued in the same transaction).
 */
export const reindexOnRename: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.name === previousDoc?.name) return doc
  await req.payload.jobs.queue({ task: 'reindexTopic', input: { topic: doc.id }, req })
  return doc
}
