// Payload has no way to add hooks to a collection from another module: this wrapper does it for search.
import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'
import { indexRelease } from '../search/index-release'

const keepIndexed: CollectionAfterChangeHook = async ({ doc, req }) => {
  await indexRelease(req.payload, doc.id, req)
  return doc
}

/**
 * Adds search indexing to the releases collection from outside it, so the search index stays this module's
 * concern. Deleting a release deletes its entry by foreign key cascade.
 */
export const withSearchIndex = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), keepIndexed] },
})
