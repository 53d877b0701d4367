import type { Payload } from 'payload'
import { shiftAt, type Shift } from './rota'

/**
 * The shift on call at `now`, read as the public reads the rota (times and number only). The window is wide
 * enough for any shift that covers now.
 */
export async function onCallAt(payload: Payload, now = new Date()): Promise<Shift | undefined> {
  const { docs } = await payload.find({
    collection: 'on-call',
    overrideAccess: false,
    where: {
      and: [{ startsAt: { less_than_equal: now.toISOString() } }, { endsAt: { greater_than: now.toISOString() } }],
    },
    sort: '-startsAt',
    limit: 5,
    depth: 0,
    select: { phone: true, startsAt: true, endsAt: true },
  })
  return shiftAt(docs as Shift[], now)
}

/**
 * Site settings as the public sees them at `now`: the out-of-hours number is that of whoever is on call, when a
 * shift covers this moment, else the fixed one. Every page and every email reads the number through this.
 */
export async function withOnCallNumber<T extends { outOfHoursPhone?: string | null }>(
  payload: Payload,
  settings: T,
  now = new Date(),
): Promise<T> {
  const shift = await onCallAt(payload, now)
  return shift ? { ...settings, outOfHoursPhone: shift.phone } : settings
}
