// What a shared cache in front (a CDN, nginx, Varnish) may do with a page. Next marks cached pages
// `s-maxage=31536000`, a year: behind a shared cache an unpublished or corrected release would stay public that long,
// since only this server's own cache is told of changes. Pages Next caches are instead offered to shared caches for
// at most CDN_MAX_AGE seconds in all: half fresh, half stale while the cache fetches again.
export function cacheControlFor(maxAge) {
  const fresh = Math.ceil(maxAge / 2)
  const stale = maxAge - fresh
  return `public, max-age=0, s-maxage=${fresh}${stale ? `, stale-while-revalidate=${stale}` : ''}`
}

/**
 * What an answer built only from public content, and tagged (server/cache-tags.mjs), says to offer itself to shared
 * caches as Next's own cached pages do: bounded below to CDN_MAX_AGE on the way out, and purged by tag on a change.
 */
export const OFFER_TO_SHARED_CACHES = 'public, max-age=0, s-maxage=31536000'

const rewrite = (value, replacement) => (typeof value === 'string' && /s-maxage=/i.test(value) ? replacement : value)

/**
 * Rewrites any shared-cache lifetime Next sets on this response, however it sets it. A page asked for with anything
 * credential-like (server/credentials.mjs) is never for a shared cache at all: `private, no-store`. (Built files
 * under /_next/static are the same for everyone and keep their own headers.)
 */
export function boundSharedCaching(res, maxAge, credentialed = false) {
  const replacement = credentialed ? 'private, no-store' : cacheControlFor(maxAge)
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(name, String(name).toLowerCase() === 'cache-control' ? rewrite(value, replacement) : value)
  const writeHead = res.writeHead.bind(res)
  res.writeHead = (status, ...rest) => {
    const headers = rest.find((r) => r && typeof r === 'object')
    if (headers && !Array.isArray(headers)) {
      for (const key of Object.keys(headers))
        if (key.toLowerCase() === 'cache-control') headers[key] = rewrite(headers[key], replacement)
    }
    const current = res.getHeader('cache-control')
    if (current !== undefined) setHeader('cache-control', rewrite(current, replacement))
    return writeHead(status, ...rest)
  }
}
