import { Feed } from 'feed'
import { correctionsOf, KIND_LABEL } from '../release/corrections'
import { formatDate } from '../time/dates'
import { heroEnclosure, topicNames, type FeedRelease } from './feed-releases'

export type FeedChannel = {
  title: string
  description: string
  base: string
  path: string
  feedPath: string
  copyright: string
}

/** RSS 2.0 for a list of releases, built by the `feed` library so escaping and dates are its job, not ours. */
export function buildRss(channel: FeedChannel, releases: FeedRelease[]): string {
  const { base } = channel
  const newest = releases[0]
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: `${base}${channel.path}`,
    link: `${base}${channel.path}`,
    language: 'en-GB',
    copyright: channel.copyright,
    updated: newest ? new Date(newest.updatedAt ?? newest.releaseDate ?? Date.now()) : undefined,
    feedLinks: { rss: `${base}${channel.feedPath}` },
    generator: false,
    ttl: 15,
  })
  for (const release of releases) {
    const link = `${base}/news/${release.slug}`
    // The item's identity is its first address, kept when the release is renamed, so a feed reader does not take a
    // renamed release for a new one (and one never renamed keeps the identity it always had).
    const guid = `${base}/news/${release.previousSlugs?.[0] ?? release.slug}`
    // An item corrected or updated since it went out says so first, so a reader who saw it knows to look again.
    const latest = correctionsOf(release).at(-1)
    feed.addItem({
      title: release.title,
      id: guid,
      guid,
      link,
      description: latest
        ? `${KIND_LABEL[latest.kind] ?? 'Update'} ${formatDate(latest.date)}: ${latest.note} | ${release.summary}`
        : release.summary,
      date: new Date(release.releaseDate ?? release.updatedAt),
      category: [...(latest ? ['Updated'] : []), ...topicNames(release.topics)].map((name) => ({ name })),
      enclosure: heroEnclosure(release.heroImage, base),
    })
  }
  return feed.rss2()
}
