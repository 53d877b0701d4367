import type { Payload } from 'payload'
import { distributionsBetween, distributionsOfRelease, type DistributionSummary } from '../db/distribution-report'
import { coverageBetween, coverageOfRelease, totalReach, type CoverageRow, type Reach } from './coverage'
import { releaseTitles } from './release-titles'

export type SentDistribution = DistributionSummary & { releaseTitle: string }
export type Outreach = { distributions: SentDistribution[]; coverage: CoverageRow[]; reach: Reach }

async function withTitles(payload: Payload, rows: DistributionSummary[]): Promise<SentDistribution[]> {
  const titles = await releaseTitles(payload, [...new Set(rows.map((r) => r.release_id))])
  return rows.map((r) => ({ ...r, releaseTitle: titles.get(r.release_id)?.title ?? '' }))
}

/** A release's emails to journalists (every one, drafts included, with what came of each) and its coverage. */
export async function releaseOutreach(payload: Payload, releaseId: number): Promise<Outreach> {
  const [distributions, coverage] = await Promise.all([
    distributionsOfRelease(payload, releaseId).then((rows) => withTitles(payload, rows)),
    coverageOfRelease(payload, releaseId),
  ])
  return { distributions, coverage, reach: totalReach(coverage) }
}

/** Emails that went out in [start, end) and stories dated in it, of one release if given. */
export async function outreachBetween(payload: Payload, start: Date, end: Date, releaseId?: number): Promise<Outreach> {
  const [sent, coverage] = await Promise.all([
    distributionsBetween(payload, start, end),
    coverageBetween(payload, start, end, releaseId),
  ])
  const distributions = await withTitles(payload, releaseId ? sent.filter((d) => d.release_id === releaseId) : sent)
  return { distributions, coverage, reach: totalReach(coverage) }
}
