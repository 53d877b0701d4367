// Every top-level address of the public site and how it is served: the one table the proxy's rules (proxy.ts), the
// names an old address may not take over (lib/routes/old-address.ts) and the sitemap's fixed pages come from. Why
// cached pages sit under a [variant] segment: docs/decisions/0001-url-scheme.md.

/** First path segments Next serves as they are: Payload, Next's assets, and pages rendered per request. */
export const DIRECT_SEGMENTS = [
  'admin',
  'api',
  '_next',
  'assets',
  'media-enquiries',
  'search',
  'experts',
  'subscribe',
  'preview',
  'mail',
  'accessibility',
  'sitemap',
] as const

/** Files at the root, from public/ or route handlers, served as they are. */
export const ROOT_FILES = [
  'favicon.ico',
  'icon.svg',
  'icon-192.png',
  'icon-512.png',
  'favicon-32.png',
  'apple-touch-icon.png',
  'manifest.webmanifest',
  'robots.txt',
  'sitemap.xml',
  'sitemap-news.xml',
] as const

/** Pages rendered once and served from Next's cache: the proxy rewrites them to /<variant>/<path>. */
export const CACHED_PAGES = ['/', '/news', '/topics', '/contacts', '/corrections'] as const

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The proxy's first matcher, as the literal Next reads at build time: every path but the direct segments (each a
 * whole segment: `/searchzz` is not `/search`) and the root files.
 */
const SEGMENTS = DIRECT_SEGMENTS.map(escape).join('|')
const FILES = ROOT_FILES.map(escape).join('|')
export const PROXY_MATCHER = `/((?!(?:${SEGMENTS})(?:/|$)|(?:${FILES})$).*)`

const DIRECT = new RegExp(`^/(?:(?:${SEGMENTS})(?:/|$)|(?:${FILES})$)`)

/** Whether a path is served as it is, not rewritten to a cached variant. */
export const isDirect = (pathname: string) => DIRECT.test(pathname)

/** Whether an old address would shadow a page of this site (a direct path, or a cached page itself). */
export const isReserved = (pathname: string) =>
  isDirect(pathname) || (CACHED_PAGES as readonly string[]).includes(pathname.replace(/\/+$/, '') || '/')

/** The fixed pages a search engine is told about (lib/sitemaps), in the order the sitemap lists them. */
export const SITEMAP_PAGES = ['/', '/news', '/topics', '/experts', '/contacts', '/corrections', '/subscribe'] as const
