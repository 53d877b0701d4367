import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { payload } from '@/lib/data/payload'

export const dynamic = 'force-dynamic'

/** For load balancers and Docker: 200 when the app can reach its database, 503 saying so when it cannot. */
export async function GET() {
  try {
    const db = (await payload()).db as unknown as PostgresAdapter
    await db.drizzle.execute(sql`select 1`)
    return Response.json({ status: 'ok', database: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json(
      { status: 'unavailable', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '10' } },
    )
  }
}
