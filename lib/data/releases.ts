import 'server-only'
import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import type { Release } from '../../payload-types'
import { expertRefSelect } from '../experts/fields'
import { yearRange } from '../time/year-range'
import { payload } from './payload'
import { TAGS } from './tags'

export const PAGE_SIZE = 12

export const cardSelect = {
  title: true,
  slug: true,
  summary: true,
  releaseDate: true,
  heroImage: true,
  topics: true,
} as const
export const mediaPopulate = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
  caption: true,
  credit: true,
} as const

// Part of every cache key: when a query's shape changes in code, entries cached by an older build are not reused.
const SHAPE = JSON.stringify([cardSelect, mediaPopulate])

export type ReleaseCard = Pick<Release, 'id' | 'title' | 'slug' | 'summary' | 'releaseDate' | 'heroImage' | 'topics'>
export type ReleaseList = { docs: ReleaseCard[]; totalDocs: number; totalPages: number; page: number }
export type ListFilter = { page?: number; topicId?: number; year?: number }

export const listReleases = unstable_cache(
  async ({ page = 1, topicId, year }: ListFilter): Promise<ReleaseList> => {
    const and: Where[] = []
    if (topicId) and.push({ topics: { in: [topicId] } })
    if (year) and.push(yearRange(year))
    const result = await (
      await payload()
    ).find({
      collection: 'releases',
      overrideAccess: false,
      where: and.length ? { and } : undefined,
      sort: '-releaseDate',
      page,
      limit: PAGE_SIZE,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaPopulate, topics: { name: true, slug: true } },
    })
    return { docs: result.docs, totalDocs: result.totalDocs, totalPages: result.totalPages, page: result.page ?? page }
  },
  ['releases:list', SHAPE],
  { tags: [TAGS.releases, TAGS.topics, TAGS.media] },
)

export const getRelease = (slug: string) =>
  unstable_cache(
    async (): Promise<Release | null> => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'releases',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 2,
        // Preview links are staff-only and not part of the page; skip the lookup rather than strip it afterwards.
        joins: false,
        populate: {
          media: { ...mediaPopulate, filename: true, filesize: true, mimeType: true },
          topics: { name: true, slug: true },
          contacts: {
            name: true,
            jobTitle: true,
            team: true,
            email: true,
            phone: true,
            outOfHours: true,
            isTeam: true,
          },
          releases: cardSelect,
          experts: expertRefSelect,
        },
      })
      return docs[0] ?? null
    },
    ['releases:one', SHAPE, slug],
    { tags: [TAGS.releases, TAGS.release(slug), TAGS.contacts, TAGS.experts, TAGS.topics, TAGS.media] },
  )()

/** Year options for the news filter: every year that has at least one public release. */
export const releaseYears = unstable_cache(
  async (): Promise<number[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'releases',
      overrideAccess: false,
      sort: '-releaseDate',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { releaseDate: true },
    })
    const years = docs.map((d) => d.releaseDate && new Date(d.releaseDate).getUTCFullYear()).filter(Boolean)
    return [...new Set(years as number[])]
  },
  ['releases:years', SHAPE],
  { tags: [TAGS.releases] },
)

const RELATED_COUNT = 3

/**
 * "Related Stories": the editor's picks first (those the public can see), then the newest public releases on the
 * same topics. Never the release itself; unpublished or embargoed picks are dropped by the access rule.
 */
export const getRelatedStories = (release: Release) =>
  unstable_cache(
    async (): Promise<ReleaseCard[]> => {
      const curated = (release.related ?? []).filter((r): r is Release => typeof r === 'object' && r !== null)
      const picked = curated.slice(0, RELATED_COUNT)
      const topicIds = (release.topics ?? []).map((t) => (typeof t === 'object' ? t.id : t))
      if (picked.length >= RELATED_COUNT || !topicIds.length) return picked
      const { docs } = await (
        await payload()
      ).find({
        collection: 'releases',
        overrideAccess: false,
        where: { and: [{ topics: { in: topicIds } }, { id: { not_in: [release.id, ...picked.map((r) => r.id)] } }] },
        sort: '-releaseDate',
        limit: RELATED_COUNT - picked.length,
        // No count of every release on these topics (200 ms at 100,000 releases): only the three are shown.
        pagination: false,
        depth: 1,
        select: cardSelect,
        populate: { media: mediaPopulate, topics: { name: true, slug: true } },
      })
      return [...picked, ...docs]
    },
    ['releases:related', SHAPE, String(release.id)],
    { tags: [TAGS.releases, TAGS.media] },
  )()

/** The home page's lead: the newest public release marked featured, else the newest of all. */
export const getFeatured = unstable_cache(
  async (): Promise<ReleaseCard | null> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'releases',
      overrideAccess: false,
      where: { featured: { equals: true } },
      sort: '-releaseDate',
      limit: 1,
      pagination: false,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaPopulate, topics: { name: true, slug: true } },
    })
    return docs[0] ?? null
  },
  ['releases:featured', SHAPE],
  { tags: [TAGS.releases, TAGS.media] },
)

export type CorrectionEntry = { release: { title: string; slug: string }; kind: string; date: string; note: string }

/** Every correction and update on a public release, newest first (the /corrections page). */
export const listCorrections = unstable_cache(
  async (): Promise<CorrectionEntry[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'releases',
      overrideAccess: false,
      where: { 'corrections.note': { exists: true } },
      sort: '-releaseDate',
      limit: 500,
      pagination: false,
      depth: 0,
      select: { title: true, slug: true, corrections: true },
    })
    return docs
      .flatMap((r) =>
        (r.corrections ?? []).map((c) => ({
          release: { title: r.title, slug: r.slug ?? '' },
          kind: c.kind,
          date: c.date,
          note: c.note,
        })),
      )
      .sort((a, b) => b.date.localeCompare(a.date))
  },
  ['releases:corrections'],
  { tags: [TAGS.releases] },
)
