import type { CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../../../access/roles'

/**
 * Only an editor approves. A contributor who edits an approved release sends it back to draft, because the
 * approval was for the words the editor read.
 */
export const guardReviewStatus: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (roleOf({ req }) !== 'contributor') return data
  const wanted = data.reviewStatus ?? originalDoc?.reviewStatus ?? 'draft'
  return { ...data, reviewStatus: wanted === 'in_review' ? 'in_review' : 'draft' }
}
