import 'server-only'
import { unstable_cache } from 'next/cache'
import type { Topic } from '../../payload-types'
import { payload } from './payload'
import { TAGS } from './tags'

export const listTopics = unstable_cache(
  async (): Promise<Pick<Topic, 'id' | 'name' | 'slug' | 'description'>[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'topics',
      overrideAccess: false,
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { name: true, slug: true, description: true },
    })
    return docs
  },
  ['topics:list'],
  { tags: [TAGS.topics] },
)

export const getTopic = async (slug: string) => (await listTopics()).find((t) => t.slug === slug) ?? null
