import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { everPublished } from '../../../lib/release/ever-published'
import { formatEmbargo } from '../../../lib/time/dates'

// A minute's grace for clocks and the time it takes to press Publish.
const GRACE_MS = 60_000

const same = (a: unknown, b: unknown) =>
  Boolean(a && b) && new Date(a as string).getTime() === new Date(b as string).getTime()

/**
 * The date on a release is the moment it first went public: when it was published, or when its embargo lifted if
 * that was later (so a release embargoed until 00:01 is dated that day, not the evening before), unless an editor or
 * an imported archive set it. Until then it follows the embargo when the embargo moves. Once it has gone public it
 * never moves again by itself: fixing a typo or renaming the address after the lift is an update, not news, and
 * must not put an old story at the top of the list and the feed. A date after the release goes public would sit
 * at the top of the news list as if from the future: refused, with what to do instead.
 */
export const defaultReleaseDate: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  collection,
  req,
  operation,
}) => {
  if (data._status !== 'published') return data
  const now = Date.now()
  const dated = originalDoc?.releaseDate
  const cleared = !data.releaseDate || same(data.releaseDate, dated)
  if (
    operation === 'update' &&
    originalDoc?.id &&
    dated &&
    new Date(dated).getTime() <= now &&
    cleared &&
    (await everPublished(req.payload, originalDoc.id, req))
  )
    return { ...data, releaseDate: dated }
  const embargo = data.embargoUntil ?? originalDoc?.embargoUntil
  const publicAt = Math.max(now, embargo ? new Date(embargo).getTime() : now)
  // A date that was set from the embargo moves with it when the embargo is brought forward or put back.
  const followsEmbargo = same(dated, originalDoc?.embargoUntil) && same(data.releaseDate, dated)
  if (!data.releaseDate || followsEmbargo) return { ...data, releaseDate: new Date(publicAt).toISOString() }
  if (new Date(data.releaseDate).getTime() > publicAt + GRACE_MS) {
    throw new ValidationError({
      collection: collection.slug,
      req,
      errors: [
        {
          path: 'releaseDate',
          message:
            `The release date is after the release goes public (${formatEmbargo(new Date(publicAt).toISOString())}). ` +
            'Leave it empty to use that moment, or set an embargo.',
        },
      ],
    })
  }
  return data
}
