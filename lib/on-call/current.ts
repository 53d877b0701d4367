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
