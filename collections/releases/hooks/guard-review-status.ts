import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { roleOf } from '../../../access/roles'
import { releasePlainText } from '../../../lib/release/has-text'

/**
 * Only an editor approves. A contributor who edits an approved release sends it back to draft, because the
 * approval was for the words the editor read. A release goes to review only with something to review (a title, a
 * standfirst and some text), and an approval clears the comment left when it was last returned, which was about
 * words since changed.
 */
export const guardReviewStatus: CollectionBeforeChangeHook = ({ data, req, originalDoc, collection }) => {
  let next = data
  if (roleOf({ req }) === 'contributor') {
    const wanted = data.reviewStatus ?? originalDoc?.reviewStatus ?? 'draft'
    next = { ...data, reviewStatus: wanted === 'in_review' ? 'in_review' : 'draft' }
  }
  const before = originalDoc?.reviewStatus ?? 'draft'
  if (next.reviewStatus === 'in_review' && before !== 'in_review') {
    const merged = { ...originalDoc, ...next }
    const missing = [
      !String(merged.title ?? '').trim() && { path: 'title', message: 'Give the release a title before sending it.' },
      !String(merged.summary ?? '').trim() && {
        path: 'summary',
        message: 'Write the standfirst before sending the release for review.',
      },
      !releasePlainText(merged.body).trim() && { path: 'body', message: 'The release has no text to review yet.' },
    ].filter((e): e is { path: string; message: string } => Boolean(e))
    if (missing.length) throw new ValidationError({ collection: collection.slug, req, errors: missing })
  }
  if (next.reviewStatus === 'approved' && before !== 'approved') next = { ...next, reviewComment: null }
  return next
}
