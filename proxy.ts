import { NextResponse, type NextRequest } from 'next/server'
import { redirectFor } from './lib/redirects'
import { variantFromSearch } from './lib/variant'

// The app talks to itself on loopback, so the lookup never leaves the machine whatever Host the visitor sent.
const selfOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`

// Rewrites every cached public page to /<variant>/<path> so it is rendered once and served from Next's cache.
// A request that already starts with a variant segment gets one more in front, so it matches no page: 404.
export async function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  const release = /^\/news\/([a-z0-9-]+)\/?$/.exec(url.pathname)
  if (release) {
    const target = await redirectFor(release[1], selfOrigin())
    if (target) {
      url.pathname = `/news/${target}`
      return NextResponse.redirect(url, 301)
    }
  }
  const variant = encodeURIComponent(variantFromSearch(url.searchParams))
  url.pathname = `/${variant}${url.pathname === '/' ? '' : url.pathname}`
  url.search = ''
  return NextResponse.rewrite(url)
}

export const config = {
  // Not rewritten: admin and API, Next's assets, files in public/, and pages rendered per request.
  matcher: [
    '/((?!admin|api|_next|media-enquiries|search|subscribe|preview|favicon\\.ico|accessibility|icon\\.svg|robots\\.txt|sitemap|assets/).*)',
  ],
}
