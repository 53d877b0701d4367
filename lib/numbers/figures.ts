import type { Payload } from 'payload'
import { answerTimes, type AnswerTimes } from '../db/enquiry-answers'
import { countsOf, totalsBetween } from '../db/release-counts'
import { londonDay } from '../on-call/london'
import { READING_KINDS, type ReadingKind } from './kinds'
import { outreachBetween, type Outreach } from './outreach'
import { addDays, type Week } from './weeks'

export type Counts = Record<ReadingKind, number>
const zero = (): Counts => Object.fromEntries(READING_KINDS.map((k) => [k, 0])) as Counts

export type ReleaseFigures = { total: Counts; days: Array<{ day: string; counts: Counts }> }

/** One release's figures: all-time totals, and each of the last `recentDays` days (London), today last. */
export async function releaseFigures(
  payload: Payload,
  releaseId: number,
  now = new Date(),
  recentDays = 14,
): Promise<ReleaseFigures> {
  const today = londonDay(now)
  const rows = await countsOf(payload, releaseId, '1970-01-01', today)
  const total = zero()
  const byDay = new Map<string, Counts>()
  for (const r of rows) {
    total[r.kind] += r.count
    const counts = byDay.get(r.day) ?? zero()
    counts[r.kind] += r.count
    byDay.set(r.day, counts)
  }
  const days = Array.from({ length: recentDays }, (_, i) => addDays(today, i - recentDays + 1)).map((day) => ({
    day,
    counts: byDay.get(day) ?? zero(),
  }))
  return { total, days }
}

export type LandedRelease = { id: number; title: string; slug: string; counts: Counts }
export type WhatLanded = {
  week: Week
  releases: LandedRelease[]
  /** Every release that drew enquiries this week, most first. */
  byEnquiries: LandedRelease[]
  topics: Array<{ name: string; views: number; releases: number }>
  enquiries: AnswerTimes
  /** Emails to journalists that went out this week, and stories dated this week. */
  outreach: Outreach
}

/**
 * The week's figures for the "What landed" page: releases by page views (then downloads), the topics those views
 * fell in, and how the desk answered enquiries that arrived that week.
 */
export async function whatLanded(payload: Payload, week: Week, limit = 20): Promise<WhatLanded> {
  const [totals, enquiries, outreach] = await Promise.all([
    totalsBetween(payload, week.from, week.to),
    answerTimes(payload, week.start, week.end),
    outreachBetween(payload, week.start, week.end),
  ])
  const byRelease = new Map<number, Counts>()
  for (const t of totals) {
    const counts = byRelease.get(t.releaseId) ?? zero()
    counts[t.kind] += t.count
    byRelease.set(t.releaseId, counts)
  }
  const ids = [...byRelease.keys()]
  const { docs } = ids.length
    ? await payload.find({
        collection: 'releases',
        overrideAccess: true,
        where: { id: { in: ids } },
        pagination: false,
        depth: 1,
        select: { title: true, slug: true, topics: true },
        populate: { topics: { name: true } },
      })
    : { docs: [] }
  const all = docs.map((d) => ({
    id: d.id,
    title: d.title,
    slug: d.slug ?? '',
    counts: byRelease.get(d.id)!,
    topics: d.topics ?? [],
  }))
  const topics = new Map<string, { views: number; releases: number }>()
  for (const r of all) {
    for (const t of r.topics) {
      if (typeof t !== 'object' || !t) continue
      const entry = topics.get(t.name) ?? { views: 0, releases: 0 }
      topics.set(t.name, { views: entry.views + r.counts.view, releases: entry.releases + 1 })
    }
  }
  const landed: LandedRelease[] = all.map((r) => ({ id: r.id, title: r.title, slug: r.slug, counts: r.counts }))
  const rank = (a: LandedRelease, b: LandedRelease) =>
    b.counts.view - a.counts.view ||
    b.counts.download + b.counts.kit - (a.counts.download + a.counts.kit) ||
    b.counts.enquiry - a.counts.enquiry
  return {
    week,
    releases: landed.sort(rank).slice(0, limit),
    byEnquiries: landed.filter((r) => r.counts.enquiry > 0).sort((a, b) => b.counts.enquiry - a.counts.enquiry),
    topics: [...topics].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.views - a.views),
    enquiries,
    outreach,
  }
}
