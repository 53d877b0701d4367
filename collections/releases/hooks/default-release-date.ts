import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { formatEmbargo } from '../../../lib/time/dates'

// A minute's grace for clocks and the time it takes to press Publish.
const GRACE_MS = 60_000

/**
 * The date on a release is the moment it goes public: when it is published, or when its embargo lifts if that is
 * later (so a release embargoed until 00:01 is dated that day, not the evening before). A scheduled publish runs
 * at its time, so it is dated then. A date after the release goes public would sit at the top of the news list
 * as if from the future: refused, with what to do instead.
 */
export const defaultReleaseDate: CollectionBeforeChangeHook = ({ data, originalDoc, collection, req }) => {
  if (data._status !== 'published') return data
  const embargo = data.embargoUntil ?? originalDoc?.embargoUntil
  const now = Date.now()
  const publicAt = Math.max(now, embargo ? new Date(embargo).getTime() : now)
  // A date that was set from the embargo moves with it when the embargo is brought forward or put back.
  const same = (a: unknown, b: unknown) =>
    Boolean(a && b) && new Date(a as string).getTime() === new Date(b as string).getTime()
  const followsEmbargo =
    same(originalDoc?.releaseDate, originalDoc?.embargoUntil) && same(data.releaseDate, originalDoc?.releaseDate)
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
