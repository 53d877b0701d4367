import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { isEditorUser } from '../../../access/roles'
import { queueEmail } from '../../../lib/email/queue-email'
import { reviewMessage, type ReviewRelease } from '../../../lib/review/messages'
import { authorOf, reviewers, type Recipient } from '../../../lib/review/recipients'
import { reviewEvent } from '../../../lib/review/transition'
import { siteUrl } from '../../../lib/routes/site-url'

type Person = { name?: string; email?: string; role?: string } | null
const actor = (req: PayloadRequest) => (req.user as Person)?.name || (req.user as Person)?.email || 'Someone'

/**
 * Tells editors when a release is submitted for review, and its author when an editor approves it or returns it
 * with a comment. One queued email per person, in the save's transaction: nobody hears of a change that was
 * rolled back, and one bad address cannot hold up the rest.
 */
export const notifyReview: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.skipNotifications) return doc
  const event = reviewEvent({
    before: operation === 'create' ? null : previousDoc?.reviewStatus,
    after: doc.reviewStatus,
    comment: doc.reviewComment,
    byEditor: isEditorUser(req.user),
  })
  if (!event) return doc
  const recipients: Recipient[] =
    event === 'submitted' ? await reviewers(req) : [await authorOf(req, doc.author)].filter((r) => r !== null)
  if (!recipients.length) return doc
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req,
    overrideAccess: true,
    select: { siteUrl: true },
  })
  const message = reviewMessage(event, doc as ReviewRelease, actor(req), siteUrl(settings.siteUrl))
  for (const recipient of recipients) await queueEmail(req.payload, { to: recipient.email, ...message }, { req })
  return doc
}
