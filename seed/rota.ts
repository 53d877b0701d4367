import type { Payload } from 'payload'
import { londonDay, londonTime } from '../lib/on-call/london'

const DAY = 86_400_000
// Three press officers take the duty phone a day each, handing over at 09:00 London time. One day ten days on is
// left uncovered, so the dashboard's gap warning has something to show.
const PHONES = ['07700 900401', '07700 900402', '07700 900403']

export async function seedRota(
  payload: Payload,
  officers: number[],
  context: Record<string, unknown>,
  now = new Date(),
) {
  const today = londonDay(now)
  const start = new Date(`${today}T12:00:00Z`).getTime()
  for (let i = -1; i < 14; i++) {
    if (i === 10) continue
    const day = londonDay(new Date(start + i * DAY))
    const next = londonDay(new Date(start + (i + 1) * DAY))
    await payload.create({
      collection: 'on-call',
      overrideAccess: true,
      context,
      data: {
        officer: officers[(i + 3) % officers.length],
        phone: PHONES[(i + 3) % PHONES.length],
        startsAt: londonTime(day, 9).toISOString(),
        endsAt: londonTime(next, 9).toISOString(),
      },
    })
  }
}
