import type { CollectionAfterChangeHook } from 'payload'
import { indexExpert } from '../../../lib/experts/index-expert'

export const keepExpertIndexed: CollectionAfterChangeHook = async ({ doc, req }) => {
  await indexExpert(req.payload, doc.id, req)
  return doc
}
