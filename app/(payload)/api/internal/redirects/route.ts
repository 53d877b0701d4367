import { addressRedirects } from '@/lib/data/redirects'

// Read by the proxy to answer old addresses with a 301. Public data only: where public addresses lead.
export async function GET() {
  return Response.json(await addressRedirects(), { headers: { 'Cache-Control': 'no-store' } })
}
