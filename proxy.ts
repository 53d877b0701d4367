import { NextResponse, type NextRequest } from 'next/server'
import { variantFromSearch } from './lib/variant'

// Rewrites every cached public page to /<variant>/<path> so it is rendered once and served from Next's cache.
// A request that already starts with a variant segment gets one more in front, so it matches no page: 404.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  const variant = encodeURIComponent(variantFromSearch(url.searchParams))
  url.pathname = `/${variant}${url.pathname === '/' ? '' : url.pathname}`
  url.search = ''
  return NextResponse.rewrite(url)
}

export const config = {
  // Not rewritten: admin and API, Next's assets, files in public/, and pages rendered per request.
  matcher: ['/((?!admin|api|_next|media-enquiries|search|subscribe|preview|favicon\\.ico|icon\\.svg|assets/).*)'],
}
