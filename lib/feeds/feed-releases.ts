import type { Payload } from 'payload'
import type { Media, Release, Topic } from '../../payload-types'

export const FEED_SIZE = 50

export type FeedRelease = Pick<
  Release,
  | 'id'
  | 'title'
  | 'slug'
  | 'previousSlugs'
  | 'summary'
  | 'releaseDate'
  | 'updatedAt'
  | 'heroImage'
  | 'topics'
  | 'corrections'
>

/** The newest public releases, optionally on one topic, with what a feed item needs. */
export async function feedReleases(
  payload: Payload,
  options: { topicId?: number; limit?: number } = {},
): Promise<FeedRelease[]> {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: options.topicId === undefined ? undefined : { topics: { in: [options.topicId] } },
    sort: '-releaseDate',
    limit: options.limit ?? FEED_SIZE,
    depth: 1,
    select: {
      title: true,
      slug: true,
      previousSlugs: true,
      summary: true,
      releaseDate: true,
      updatedAt: true,
      heroImage: true,
      topics: true,
      corrections: true,
    },
    populate: { media: { url: true, mimeType: true, filesize: true, sizes: true }, topics: { name: true, slug: true } },
  })
  return docs
}

export const topicNames = (topics: FeedRelease['topics']) =>
  (topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [(t as Topic).name] : []))

/** The hero image as an enclosure: the card-sized copy when there is one (feeds show thumbnails), else the original. */
export function heroEnclosure(hero: FeedRelease['heroImage'], base: string) {
  if (!hero || typeof hero !== 'object') return undefined
  const media = hero as Media
  const card = media.sizes?.card
  const pick = card?.url ? card : media
  if (!pick.url) return undefined
  return { url: new URL(pick.url, base).toString(), type: pick.mimeType ?? 'image/jpeg', length: pick.filesize ?? 0 }
}
