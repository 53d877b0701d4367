/**
 * Feed auto-discovery for metadata `alternates.types`. Next replaces a layout's `alternates` with a page's
 * wholesale, so every page that sets a canonical address takes it from `withFeeds`, which keeps the news feed
 * beside it (and a page's own feed, such as a topic's).
 */
export const NEWS_FEED = { 'application/rss+xml': '/news/feed.xml' }

type Types = Record<string, string | { url: string; title?: string }[]>

export const withFeeds = (canonical: string, ownFeed?: string): { canonical: string; types: Types } => ({
  canonical,
  types: ownFeed
    ? {
        'application/rss+xml': [
          { url: ownFeed, title: 'This topic' },
          { url: NEWS_FEED['application/rss+xml'], title: 'All news' },
        ],
      }
    : NEWS_FEED,
})
