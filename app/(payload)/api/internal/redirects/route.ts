import { slugRedirects } from '@/lib/data/releases'

// Read by the proxy to answer old release addresses with a 301. Public data only: slugs of public releases.
export async function GET() {
  return Response.json(await slugRedirects(), { headers: { 'Cache-Control': 'no-store' } })
}
