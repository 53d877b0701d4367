import type { PayloadHandler } from 'payload'
import { rowsBetween } from '../../lib/db/release-counts'
import { figuresCsv } from '../../lib/numbers/csv'
import { dayRange } from '../../lib/numbers/weeks'

/**
 * GET /api/releases/figures.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: every release's daily counts, for staff. Without
 * dates, the last 90 days; a bad date is a 400 that says what to send.
 */
export const figuresCsvEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ errors: [{ message: 'Log in to export figures.' }] }, { status: 401 })
  const range = dayRange(req.searchParams.get('from'), req.searchParams.get('to'))
  if ('error' in range) return Response.json({ errors: [{ message: range.error }] }, { status: 400 })
  const rows = await rowsBetween(req.payload, range.from, range.to)
  const ids = [...new Set(rows.map((r) => r.releaseId))]
  const { docs } = ids.length
    ? await req.payload.find({
        collection: 'releases',
        overrideAccess: true,
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        select: { title: true, slug: true },
      })
    : { docs: [] }
  const releases = new Map(docs.map((d) => [d.id, { title: d.title, slug: d.slug ?? '' }]))
  return new Response(figuresCsv(rows, releases), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="release-figures-${range.from}-to-${range.to}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
