import type { CollectionAfterChangeHook } from 'payload'

type Doc = { _status?: string | null; embargoUntil?: string | null }
const isPublicNow = (doc: Doc | undefined, now: number) =>
  doc?._status === 'published' && (!doc.embargoUntil || new Date(doc.embargoUntil).getTime() <= now)

/**
 * A release saved so that it is public now (published, no embargo ahead) where it was not before gets its email
 * alerts queued, in the same transaction: the job runs once the release is committed and visible. Embargoed
 * releases are alerted when the embargo lifts, by whoever lifts it calling notifyReleasePublic. Re-saves and
 * re-publishing never send again: notifyReleasePublic alerts each release once.
 */
export const queueAlerts: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding || context.skipAlerts) return doc
  const now = Date.now()
  // Published under an embargo: the work of going public is queued for that moment (lib/publication).
  if (doc._status === 'published' && doc.embargoUntil && new Date(doc.embargoUntil).getTime() > now) {
    await req.payload.jobs.queue({
      task: 'goPublic',
      input: { release: doc.id },
      waitUntil: new Date(doc.embargoUntil),
      req,
    })
  }
  const before = operation === 'create' ? undefined : (previousDoc as Doc)
  if (!isPublicNow(doc, now) || isPublicNow(before, now)) return doc
  await req.payload.jobs.queue({ task: 'alertRelease', input: { release: doc.id }, req })
  return doc
}
