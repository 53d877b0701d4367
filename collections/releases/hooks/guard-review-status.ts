import type { CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../../../access/roles'
import { ClientError } from '../../../lib/api/client-error'
import { lexicalText } from '../../../lib/search/lexical-text'

/**
 * Only an editor approves. A contributor who edits an approved release sends it back to draft, because the
 * approval was for the words the editor read. A release goes to review only with something to review (a title, a
 * standfirst and some text), and an approval clears the comment left when it was last returned, which was about
 * words since changed.
 */
export const guardReviewStatus: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  let next = data
  if (roleOf({ req }) === 'contributor') {
    const wanted = data.reviewStatus ?? originalDoc?.reviewStatus ?? 'draft'
    next = { ...data, reviewStatus: wanted === 'in_review' ? 'in_review' : 'draft' }
  }
  const before = originalDoc?.reviewStatus ?? 'draft'
  if (next.reviewStatus === 'in_review' && before !== 'in_review') {
    const merged = { ...originalDoc, ...next }
    const missing = [
      !String(merged.title ?? '').trim() && 'give it a title',
      !String(merged.summary ?? '').trim() && 'write the standfirst',
      !lexicalText(merged.body) && 'write the text',
    ].filter(Boolean)
    // One sentence, because the admin shows an error's message and not the fields behind it.
    if (missing.length) {
      const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0]
      throw new ClientError(`Not sent for review yet: first ${list}.`)
    }
  }
  if (next.reviewStatus === 'approved' && before !== 'approved') next = { ...next, reviewComment: null }
  return next
}
