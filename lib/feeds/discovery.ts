/**
 * Feed auto-discovery for metadata `alternates.types`. Next replaces a layout's `alternates` with a page's
 * wholesale, so pages that set a canonical address repeat this.
 */
export const NEWS_FEED = { 'application/rss+xml': '/news/feed.xml' }
