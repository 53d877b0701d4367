import type { PayloadHandler } from 'payload'
import { figuresExport } from '../../lib/numbers/export'
import { dayRange } from '../../lib/numbers/weeks'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/releases/figures.csv?from=YYYY-MM-DD&to=YYYY-MM-DD[&release=ID]: every release's daily counts (or one
 * release's), then the coverage and the emails to journalists of those days, for staff. Without dates, the last 90
 * days; a bad date or release is a 400 that says what to send.
 */
export const figuresCsvEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to export figures.')
  const range = dayRange(req.searchParams.get('from'), req.searchParams.get('to'))
  if ('error' in range) return problem(400, range.error)
  const asked = req.searchParams.get('release')
  const release = asked === null ? undefined : /^\d{1,10}$/.test(asked) ? Number(asked) : NaN
  // A release number is a PostgreSQL integer: anything past one is a mistake, not a query to send.
  if (release !== undefined && !(release >= 1 && release <= 2 ** 31 - 1)) {
    return problem(400, 'Give the release by its number, e.g. release=12.')
  }
  const csv = await figuresExport(req.payload, range, release)
  if (csv === null) return problem(404, 'No such release.')
  const name = `release-figures${release ? `-${release}` : ''}-${range.from}-to-${range.to}.csv`
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  })
}
