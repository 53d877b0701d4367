import 'server-only'
import { unstable_cache } from 'next/cache'
import { payload } from '../data/payload'
import { TAGS } from '../data/tags'

export type ReleaseOption = { slug: string; title: string }

const RECENT = 30
const select = { title: true, slug: true } as const
const toOption = (d: { slug?: string | null; title: string }) => (d.slug ? [{ slug: d.slug, title: d.title }] : [])

const recentReleases = unstable_cache(
  async (): Promise<ReleaseOption[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'releases',
      overrideAccess: false,
      sort: '-releaseDate',
      limit: RECENT,
      depth: 0,
      select,
    })
    return docs.flatMap(toOption)
  },
  ['enquiries:recent-releases'],
  { tags: [TAGS.releases] },
)

/** Recent public releases to pick from, plus the one the reader came from, which may be older. */
export async function releaseOptions(selected: string): Promise<ReleaseOption[]> {
  const recent = await recentReleases()
  if (!/^[a-z0-9-]{1,200}$/.test(selected) || recent.some((o) => o.slug === selected)) return recent
  const { docs } = await (
    await payload()
  ).find({
    collection: 'releases',
    overrideAccess: false,
    where: { slug: { equals: selected } },
    limit: 1,
    depth: 0,
    select,
  })
  return [...docs.flatMap(toOption), ...recent]
}
