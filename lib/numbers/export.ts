import type { Payload } from 'payload'
import { countsOf, rowsBetween, type CountRow } from '../db/release-counts'
import { londonTime } from '../on-call/london'
import { coverageCsv, distributionsCsv, figuresCsv } from './csv'
import { outreachBetween } from './outreach'
import { releaseTitles } from './release-titles'
import { addDays } from './weeks'

export type DayRange = { from: string; to: string }

const countRows = async (payload: Payload, range: DayRange, releaseId?: number): Promise<CountRow[]> =>
  releaseId
    ? (await countsOf(payload, releaseId, range.from, range.to)).map((r) => ({ releaseId, ...r }))
    : rowsBetween(payload, range.from, range.to)

/**
 * The figures export for London days `from` to `to`: daily counts, then the stories dated and the emails to
 * journalists that went out in those days. Every release's, or one's; null when there is no such release.
 */
export async function figuresExport(payload: Payload, range: DayRange, releaseId?: number): Promise<string | null> {
  const start = londonTime(range.from, 0)
  const end = londonTime(addDays(range.to, 1), 0)
  const [rows, outreach] = await Promise.all([
    countRows(payload, range, releaseId),
    outreachBetween(payload, start, end, releaseId),
  ])
  const ids = releaseId ? [releaseId] : [...new Set(rows.map((r) => r.releaseId))]
  const releases = await releaseTitles(payload, ids)
  if (releaseId && !releases.size) return null
  return figuresCsv(rows, releases) + coverageCsv(outreach.coverage) + distributionsCsv(outreach.distributions)
}
