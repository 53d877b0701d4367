import type { Payload } from 'payload'
import { addCounts, type CountRow } from '../lib/db/release-counts'
import { addDays } from '../lib/numbers/weeks'
import { londonDay } from '../lib/on-call/london'

type Published = { id: number; releaseDate: string }

// The same figures on every seed: a small, fixed pseudo-random sequence rather than Math.random.
const wobble = (n: number) => (((Math.sin(n * 12.9898) * 43758.5453) % 1) + 1) % 1

/**
 * Six weeks of readings for the demo's public releases, so the Figures tab and What landed have something to show:
 * newer releases are read more, each tails off after its first days, a few are downloaded and asked about.
 */
export async function seedFigures(payload: Payload, releases: Published[], now = new Date()) {
  const today = londonDay(now)
  const newestFirst = [...releases].sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))
  const rows: CountRow[] = []
  newestFirst.forEach((release, rank) => {
    const popularity = Math.max(2, 120 - rank * 6)
    for (let back = 0; back < 42; back++) {
      const day = addDays(today, -back)
      if (day < londonDay(new Date(release.releaseDate))) continue
      const age = Math.max(0, 42 - back - (rank % 7))
      const views = Math.round(popularity * (0.3 + wobble(release.id * 97 + back)) * Math.exp(-age / 14))
      if (!views) continue
      rows.push({ releaseId: release.id, day, kind: 'view', count: views })
      const add = (kind: CountRow['kind'], share: number) => {
        const n = Math.floor(views * share * wobble(release.id + back + share * 100))
        if (n) rows.push({ releaseId: release.id, day, kind, count: n })
      }
      add('text', 0.06)
      add('pdf', 0.05)
      add('download', 0.12)
      add('kit', 0.03)
      add('enquiry', 0.02)
    }
  })
  await addCounts(payload, rows)
  return rows.length
}

const DEMO_ENQUIRIES = [
  { outlet: 'Harrowmere Evening Post', subject: 'Photos of the kelp battery', answeredAfterMinutes: 38 },
  { outlet: 'BBC Radio Harrowmere', subject: 'Interview about the hedgehog survey', answeredAfterMinutes: 95 },
  {
    outlet: 'The Northern Chronicle',
    subject: 'Peatland figures: source of the carbon estimate',
    answeredAfterMinutes: 240,
  },
  {
    outlet: 'Times Higher Education',
    subject: 'Medical school places: breakdown by region',
    answeredAfterMinutes: null,
  },
]

/** A few of this week's enquiries, some answered, so What landed can show a median time to answer. */
export async function seedEnquiries(payload: Payload, releaseIds: number[], now = new Date()) {
  for (const [i, e] of DEMO_ENQUIRIES.entries()) {
    const created = new Date(now.getTime() - (i + 1) * 5 * 3600_000)
    await payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      context: { skipEnquiryEmails: true, disableRevalidate: true },
      data: {
        name: 'Demo Journalist',
        email: `newsdesk${i + 1}@example.com`,
        outlet: e.outlet,
        subject: e.subject,
        message: 'A demo enquiry.',
        deadline: new Date(created.getTime() + 24 * 3600_000).toISOString(),
        release: releaseIds[i] ?? null,
        status: e.answeredAfterMinutes === null ? 'new' : 'answered',
        answeredAt:
          e.answeredAfterMinutes === null
            ? null
            : new Date(created.getTime() + e.answeredAfterMinutes * 60_000).toISOString(),
        createdAt: created.toISOString(),
      },
    })
  }
}
