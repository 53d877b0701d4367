import type { Payload, Where } from 'payload'

export type CoverageRow = {
  id: number
  releaseId: number
  releaseTitle: string
  outlet: string
  headline: string
  url: string
  date: string
  reach: number | null
}

/** Coverage rows, newest story first, each with its release's title. Staff-only reads: callers check who asks. */
export async function readCoverage(payload: Payload, where: Where): Promise<CoverageRow[]> {
  const { docs } = await payload.find({
    collection: 'coverage',
    overrideAccess: true,
    where,
    pagination: false,
    sort: ['-date', '-id'],
    depth: 1,
    populate: { releases: { title: true } },
  })
  return docs.map((d) => ({
    id: d.id,
    releaseId: typeof d.release === 'object' ? d.release?.id : d.release,
    releaseTitle: typeof d.release === 'object' ? (d.release?.title ?? '') : '',
    outlet: d.outlet,
    headline: d.headline ?? '',
    url: d.url ?? '',
    date: d.date,
    reach: typeof d.reach === 'number' ? d.reach : null,
  }))
}

export const coverageOfRelease = (payload: Payload, releaseId: number) =>
  readCoverage(payload, { release: { equals: releaseId } })

/** Stories dated in [start, end), of one release if given. */
export const coverageBetween = (payload: Payload, start: Date, end: Date, releaseId?: number) =>
  readCoverage(payload, {
    and: [
      { date: { greater_than_equal: start.toISOString() } },
      { date: { less_than: end.toISOString() } },
      ...(releaseId ? [{ release: { equals: releaseId } }] : []),
    ],
  })

export type Reach = { total: number; stories: number; of: number }

/** The sum of the reach outlets reported, and how many stories gave one: an unknown reach is not a zero. */
export function totalReach(rows: CoverageRow[]): Reach {
  const known = rows.filter((r) => r.reach !== null)
  return { total: known.reduce((sum, r) => sum + r.reach!, 0), stories: known.length, of: rows.length }
}
