import 'server-only'
import { unstable_cache } from 'next/cache'
import { feedReleases } from '../feeds/feed-releases'
import { buildRss } from '../feeds/rss'
import { siteUrl } from '../routes/site-url'
import { newsroomName } from '../text/newsroom-name'
import { payload } from './payload'
import { getSettings } from './settings'
import { TAGS } from './tags'
import { getTopic } from './topics'

const VERSION = 'rss-1'
const tags = [TAGS.releases, TAGS.topics, TAGS.media, TAGS.settings]

/** /news/feed.xml: the latest 50 public releases. Cached under the same tags as the news pages. */
export const newsFeed = unstable_cache(
  async (): Promise<string> => {
    const settings = await getSettings()
    const name = newsroomName(settings)
    const releases = await feedReleases(await payload())
    return buildRss(
      {
        title: name,
        description: `News releases from ${settings.organisationName}.`,
        base: siteUrl(settings.siteUrl),
        path: '/news',
        feedPath: '/news/feed.xml',
        copyright: `© ${settings.organisationName}`,
      },
      releases,
    )
  },
  ['feed:news', VERSION],
  { tags },
)

/** /topics/<slug>/feed.xml, or null for a topic that does not exist. */
export const topicFeed = (slug: string) =>
  unstable_cache(
    async (): Promise<string | null> => {
      const topic = await getTopic(slug)
      if (!topic) return null
      const settings = await getSettings()
      const releases = await feedReleases(await payload(), { topicId: topic.id })
      return buildRss(
        {
          title: `${topic.name} · ${newsroomName(settings)}`,
          description: topic.description || `${topic.name} news releases from ${settings.organisationName}.`,
          base: siteUrl(settings.siteUrl),
          path: `/topics/${slug}`,
          feedPath: `/topics/${slug}/feed.xml`,
          copyright: `© ${settings.organisationName}`,
        },
        releases,
      )
    },
    ['feed:topic', VERSION, slug],
    { tags },
  )()
