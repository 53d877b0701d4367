import 'server-only'
import type { SearchInput } from '../search/query'
import { searchReleases, type SearchOutcome } from '../search/search-releases'
import { payload } from './payload'
import { cardSelect, mediaPopulate, type ReleaseCard } from './releases'
import { listTopics } from './topics'

export type SearchResults = SearchOutcome<ReleaseCard>

/**
 * Search for the /search page. Not wrapped in Next's cache, unlike the other public reads: every query is
 * different, so entries would only crowd out pages, and reading the clock at query time is what lets an embargo
 * lift in search at once. The releases themselves still come through the public rule with a narrow select.
 */
export async function search(input: SearchInput): Promise<SearchResults> {
  const topics = await listTopics()
  // An unknown topic matches nothing, like the news filters, rather than silently widening the search.
  const topicId = input.topic ? (topics.find((t) => t.slug === input.topic)?.id ?? -1) : undefined
  const client = await payload()
  return searchReleases<ReleaseCard>(client, { ...input, topicId }, async (where, ids) => {
    const { docs } = await client.find({
      collection: 'releases',
      overrideAccess: false,
      where,
      limit: ids.length,
      depth: 1,
      select: cardSelect,
      populate: { media: mediaPopulate, topics: { name: true, slug: true } },
    })
    return docs
  })
}
