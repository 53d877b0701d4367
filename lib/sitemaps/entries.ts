import type { Payload } from 'payload'
import { countPublicReleases, publicReleaseSlice } from '../db/public-releases'
import { SITEMAP_PAGES } from '../routes/table'
import type { NewsEntry, SitemapEntry } from './xml'

export const NEWS_WINDOW_MS = 2 * 24 * 3600_000

/**
 * The fixed pages, each topic and each listed expert: the head of the sitemap, small at any size of newsroom. The home
 * page and the news list change whenever a release does, so they carry the newest public release's time.
 */
export async function sitemapHead(payload: Payload): Promise<SitemapEntry[]> {
  const [topics, newest, experts] = await Promise.all([
    payload.find({
      collection: 'topics',
      overrideAccess: false,
      pagination: false,
      sort: 'name',
      depth: 0,
      select: { slug: true, updatedAt: true },
    }),
    payload.find({
      collection: 'releases',
      overrideAccess: false,
      limit: 1,
      pagination: false,
      sort: '-updatedAt',
      depth: 0,
      select: { updatedAt: true },
    }),
    payload.find({
      collection: 'experts',
      overrideAccess: false,
      pagination: false,
      sort: 'name',
      depth: 0,
      select: { slug: true, updatedAt: true },
    }),
  ])
  const latest = newest.docs[0]?.updatedAt
  return [
    ...SITEMAP_PAGES.map((path) => ({ path, lastmod: path === '/' || path === '/news' ? latest : undefined })),
    ...topics.docs.map((t) => ({ path: `/topics/${t.slug}`, lastmod: t.updatedAt })),
    ...experts.docs.map((e) => ({ path: `/experts/${e.slug}`, lastmod: e.updatedAt })),
  ]
}

/** How many releases the public rule lets anyone see. */
export const publicReleaseCount = (payload: Payload) => countPublicReleases(payload)

/** One slice of the public releases, oldest first by id (lib/db/public-releases: the public rule in SQL). */
export async function releaseEntries(payload: Payload, slice: number, size: number): Promise<SitemapEntry[]> {
  return (await publicReleaseSlice(payload, slice, size)).map((r) => ({
    path: `/news/${r.slug}`,
    lastmod: r.updatedAt,
  }))
}

/**
 * Public releases that came out in the last two days, dated by when the public could first read them: the later
 * of the release date and the embargo.
 */
export async function newsSitemapEntries(payload: Payload, now = new Date()): Promise<NewsEntry[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS).toISOString()
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: { or: [{ releaseDate: { greater_than_equal: since } }, { embargoUntil: { greater_than_equal: since } }] },
    pagination: false,
    sort: '-releaseDate',
    depth: 0,
    select: { slug: true, title: true, releaseDate: true, embargoUntil: true },
  })
  return docs.flatMap((r) => {
    const dates = [r.releaseDate, r.embargoUntil]
      .filter((d): d is string => Boolean(d))
      .map((d) => new Date(d).getTime())
    const published = Math.max(...dates)
    // A release dated ahead (scheduled wording) is not news yet.
    if (!dates.length || published > now.getTime()) return []
    return [{ path: `/news/${r.slug}`, title: r.title, published: new Date(published).toISOString() }]
  })
}
