import { NextResponse, type NextRequest } from 'next/server'
import { internalBaseUrl } from './lib/routes/internal-url'
import { redirectFor } from './lib/routes/redirects'
import { isDirect } from './lib/routes/table'
import { variantFromSearch } from './lib/routes/variant'
import { INTERNAL_HEADER, NOT_FOUND_PATHS } from './server/not-found-page.mjs'

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

// Rewrites every cached public page to /<variant>/<path> so it is rendered once and served from Next's cache.
// A request that already starts with a variant segment gets one more in front, so it matches no page: 404.
export async function proxy(request: NextRequest) {
  // Next answers an address it cannot percent-decode with a 500 (vercel/next.js#92527): a visitor's or a bot's
  // mistake, so say so with a 400. Every address with a % passes through here for this check alone.
  if (!decodable(request.nextUrl.pathname))
    return new NextResponse('Bad request: this web address is not valid.', { status: 400 })
  if (isDirect(request.nextUrl.pathname)) return NextResponse.next()
  const url = request.nextUrl.clone()
  const target = await redirectFor(url.pathname, internalBaseUrl())
  if (target) return NextResponse.redirect(/^https?:/.test(target) ? target : new URL(target, url), 301)
  const variant = encodeURIComponent(variantFromSearch(url.searchParams))
  // The whole-page 404s (server/not-found-page.mjs) are for this server's own asking: anyone else gets a 404.
  const internal = NOT_FOUND_PATHS.includes(url.pathname) && request.headers.get(INTERNAL_HEADER) !== '1'
  url.pathname = internal ? `/${variant}/-` : `/${variant}${url.pathname === '/' ? '' : url.pathname}`
  url.search = ''
  return NextResponse.rewrite(url)
}

export const config = {
  // Not rewritten (admin and API, Next's assets, files in public/, pages rendered per request): lib/routes/table.ts's
  // PROXY_MATCHER, written out because Next reads this literal at build time (tests/routes.test.ts holds the two
  // equal).
  matcher: [
    // One literal string: Next reads it without evaluating code, so it cannot be built or split.
    // eslint-disable-next-line max-len
    '/((?!(?:admin|api|_next|assets|media-enquiries|search|experts|subscribe|preview|mail|accessibility|sitemap)(?:/|$)|(?:favicon\\.ico|icon\\.svg|icon-192\\.png|icon-512\\.png|favicon-32\\.png|apple-touch-icon\\.png|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml|sitemap-news\\.xml)$).*)',
    // Any other address with a percent sign, only to be checked for a valid encoding.
    '/(.*%.*)',
  ],
}
