// The one place that says which cache tags a public answer is built from. Pages are cached in Next under these tags
// (lib/data), Payload hooks expire them when content changes (lib/cache), and every public answer names them in its
// Surrogate-Key header, so a shared cache in front (Varnish with xkey, a CDN) forgets by tag: every address built
// from a change (query-string variants, release.txt, release.pdf, press-kit.zip, card.png, feeds, sitemaps, topic
// and expert pages) goes at once, with no list of paths to keep in step.

export const TAGS = {
  releases: 'releases',
  release: (slug) => `release:${slug}`,
  topics: 'topics',
  contacts: 'contacts',
  media: 'media',
  settings: 'settings',
  redirects: 'redirects',
  onCall: 'on-call',
  experts: 'experts',
}

export const SURROGATE_KEY = 'Surrogate-Key'

const { releases, topics, contacts, media, settings, redirects, onCall, experts } = TAGS
// Every page's header and footer: the site's settings, the press contacts and who is on call. Any address may
// become an old address that now redirects.
const PAGE = [settings, contacts, onCall, redirects]

/** First matching rule wins; `null` tags: never for a shared cache (staff, forms, personal links, the API). */
const RULES = [
  [/^\/(?:admin|preview|mail|subscribe|media-enquiries)(?:\/|$)/, () => null],
  // Pictures and files: whether one is public follows the releases, press contacts and experts that use it
  // (lib/db/public-media.ts).
  [/^\/api\/media\/file\//, () => [media, releases, contacts, experts]],
  [/^\/api(?:\/|$)/, () => null],
  [/^\/_next\/(?:static|image)\//, () => null],
  [/^\/news\/([^/]+)(?:\/|$)/, (slug) => [...PAGE, TAGS.release(slug), releases, topics, experts, media]],
  [/^\/(?:news|corrections|search)?(?:\/|$)/, () => [...PAGE, releases, topics, experts, media]],
  [/^\/topics(?:\/|$)/, () => [...PAGE, topics, releases, media]],
  [/^\/experts(?:\/|$)/, () => [...PAGE, experts, topics, releases, media]],
  [/^\/contacts(?:\/|$)/, () => [...PAGE, topics, media]],
  [/^\/sitemap(?:[-./]|$)/, () => [settings, releases, topics, experts, redirects]],
  [/^\/robots\.txt$/, () => [settings]],
]

/** The path as Next routes it: percent-escapes decoded, repeated and trailing slashes gone. */
function routedPath(pathname) {
  let path = pathname
  try {
    path = decodeURIComponent(pathname)
  } catch {
    // Not decodable: the proxy answers 400, which no cache keeps.
  }
  return path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1') || '/'
}

/** The tags a public answer at this path is built from, or null when no shared cache may keep it. */
export function tagsForPath(pathname) {
  const path = routedPath(pathname)
  for (const [pattern, tags] of RULES) {
    const match = path.match(pattern)
    if (match) return tags(...match.slice(1))
  }
  return PAGE
}

/**
 * The tags of a public answer (GET or HEAD, nothing credential-like), read once per request from the path as Next
 * routes it: what its Surrogate-Key header names, and whether it is a public page at all (null: not for a shared
 * cache, nor read without the framework's scripts, server/reading-pages.mjs).
 */
export function publicAnswerTags(req, credentialed) {
  if (credentialed || (req.method !== 'GET' && req.method !== 'HEAD')) return null
  const path = pathOf(req)
  return path === null ? null : tagsForPath(path)
}

/** The request's path as Next routes it, or null when it cannot be read (the proxy answers 400). */
export function requestPath(req) {
  const path = pathOf(req)
  return path === null ? null : routedPath(path)
}

function pathOf(req) {
  try {
    return (req.url.startsWith('/') ? new URL(`http://host${req.url}`) : new URL(req.url)).pathname
  } catch {
    return null
  }
}
