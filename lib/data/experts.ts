import 'server-only'
import { unstable_cache } from 'next/cache'
import type { Expert } from '../../payload-types'
import { expertCardSelect, expertPageSelect } from '../experts/fields'
import { matchExperts } from '../experts/search-experts'
import { payload } from './payload'
import { cardSelect, mediaPopulate, type ReleaseCard } from './releases'
import { TAGS } from './tags'

export type ExpertCard = Pick<Expert, 'id' | keyof typeof expertCardSelect>
export type ExpertProfile = Pick<Expert, 'id' | keyof typeof expertPageSelect>
export type ExpertDirectory =
  | { kind: 'all' | 'results'; q?: string; experts: ExpertCard[] }
  | { kind: 'empty' | 'too-long' | 'no-words'; experts: ExpertCard[] }

const populate = { media: mediaPopulate, topics: { name: true, slug: true } } as const
const SHAPE = JSON.stringify([expertPageSelect, mediaPopulate])

/** Everyone in the public directory, by name. */
export const listExperts = unstable_cache(
  async (): Promise<ExpertCard[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'experts',
      overrideAccess: false,
      sort: 'name',
      pagination: false,
      depth: 1,
      select: expertCardSelect,
      populate,
    })
    return docs
  },
  ['experts:list', SHAPE],
  { tags: [TAGS.experts, TAGS.topics, TAGS.media] },
)

const hasTopic = (e: ExpertCard, slug: string) => (e.topics ?? []).some((t) => typeof t === 'object' && t.slug === slug)

/**
 * The /experts page: everyone, or those matching the words, narrowed to a topic. Matching runs per request (each
 * query differs; caching them would crowd out pages); the profiles come from the cached list, so the answer can
 * only hold what the directory shows.
 */
export async function findExperts({ q, topic }: { q: string; topic?: string }): Promise<ExpertDirectory> {
  const everyone = await listExperts()
  const inTopic = topic ? everyone.filter((e) => hasTopic(e, topic)) : everyone
  if (!q.trim()) return { kind: 'all', experts: inTopic }
  const match = await matchExperts(await payload(), q)
  if (match.kind !== 'results') return { kind: match.kind, experts: [] }
  const byId = new Map(inTopic.map((e) => [e.id, e]))
  return { kind: 'results', q: match.q, experts: match.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) }
}

export const getExpert = (slug: string) =>
  unstable_cache(
    async (): Promise<ExpertProfile | null> => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'experts',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 1,
        select: expertPageSelect,
        populate,
      })
      return docs[0] ?? null
    },
    ['experts:one', SHAPE, slug],
    { tags: [TAGS.experts, TAGS.topics, TAGS.media] },
  )()

const RELEASES_PER_EXPERT = 20

/** The public releases that name an expert, newest first. */
export const releasesNaming = (expertId: number) =>
  unstable_cache(
    async (): Promise<ReleaseCard[]> => {
      const { docs } = await (
        await payload()
      ).find({
        collection: 'releases',
        overrideAccess: false,
        where: { experts: { in: [expertId] } },
        sort: '-releaseDate',
        limit: RELEASES_PER_EXPERT,
        depth: 1,
        select: cardSelect,
        populate: { media: mediaPopulate, topics: { name: true, slug: true } },
      })
      return docs
    },
    ['experts:releases', SHAPE, String(expertId)],
    { tags: [TAGS.releases, TAGS.media] },
  )()

/** The expert named by /media-enquiries?expert=..., when the public may see them. */
export async function expertOption(slug: unknown): Promise<{ slug: string; name: string; role: string } | undefined> {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,120}$/.test(slug)) return undefined
  const expert = await getExpert(slug)
  return expert?.slug
    ? { slug: expert.slug, name: expert.name, role: [expert.jobTitle, expert.department].filter(Boolean).join(', ') }
    : undefined
}
