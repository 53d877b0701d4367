import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerOnce, cachedAnswer } from '../lib/api/answer-cache'
import { onCallAt } from '../lib/on-call/current'
import { startHandoverClock } from '../lib/on-call/handover-clock'
import { londonTime } from '../lib/on-call/london'
import { gapsIn, nextShift, shiftAt } from '../lib/on-call/rota'
import type { Contact } from '../payload-types'
import { testPayload } from './support/payload'

let payload: Payload
let officer: Contact
beforeAll(async () => {
  payload = await testPayload()
  officer = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { name: 'Duty Officer', email: 'duty@example.ac.uk', phone: '01234 111111' },
  })
})

// The weekend the clocks go back: 02:00 BST on Sunday 25 October 2026 becomes 01:00 GMT.
const friday = {
  id: 1,
  phone: '07700 900001',
  startsAt: londonTime('2026-10-23', 17).toISOString(),
  endsAt: londonTime('2026-10-24', 9).toISOString(),
}
const saturday = {
  id: 2,
  phone: '07700 900002',
  startsAt: londonTime('2026-10-24', 17).toISOString(),
  endsAt: londonTime('2026-10-25', 9).toISOString(),
}
const sunday = {
  id: 3,
  phone: '07700 900003',
  startsAt: londonTime('2026-10-25', 9).toISOString(),
  endsAt: londonTime('2026-10-25', 17).toISOString(),
}

describe('the on-call rota', () => {
  it('hands over at the London time of each shift, across the clock change', () => {
    // Saturday 17:00 is 16:00 UTC (summer time); Sunday 09:00 is 09:00 UTC (winter time): a 17-hour night.
    expect(saturday.startsAt).toBe('2026-10-24T16:00:00.000Z')
    expect(saturday.endsAt).toBe('2026-10-25T09:00:00.000Z')
    const shifts = [friday, saturday, sunday]
    expect(shiftAt(shifts, new Date('2026-10-25T01:30:00Z'))?.phone).toBe('07700 900002') // 01:30 GMT, after the change
    expect(shiftAt(shifts, new Date('2026-10-25T08:59:59Z'))?.phone).toBe('07700 900002')
    expect(shiftAt(shifts, new Date('2026-10-25T09:00:00Z'))?.phone).toBe('07700 900003')
    expect(shiftAt(shifts, new Date('2026-10-24T12:00:00Z'))).toBeUndefined() // Saturday daytime: nobody
    expect(nextShift(shifts, new Date('2026-10-24T12:00:00Z'))?.id).toBe(2)
    const gaps = gapsIn(shifts, new Date('2026-10-23T12:00:00Z'), new Date('2026-10-25T18:00:00Z'))
    expect(gaps.map((g) => [g.from.toISOString(), g.to.toISOString()])).toEqual([
      ['2026-10-23T12:00:00.000Z', '2026-10-23T16:00:00.000Z'],
      ['2026-10-24T08:00:00.000Z', '2026-10-24T16:00:00.000Z'],
      ['2026-10-25T17:00:00.000Z', '2026-10-25T18:00:00.000Z'],
    ])
  })

  it('gives the public the number on call, never who holds it, and refuses a handover before the start', async () => {
    const shift = await payload.create({
      collection: 'on-call',
      overrideAccess: true,
      data: {
        officer: officer.id,
        phone: '07700 900123',
        startsAt: '2031-01-01T17:00:00.000Z',
        endsAt: '2031-01-02T09:00:00.000Z',
      },
    })
    expect((await onCallAt(payload, new Date('2031-01-02T08:00:00Z')))?.phone).toBe('07700 900123')
    expect(await onCallAt(payload, new Date('2031-01-02T09:00:00Z'))).toBeUndefined()
    const anonymous = await payload.findByID({ collection: 'on-call', id: shift.id, overrideAccess: false })
    expect(anonymous).not.toHaveProperty('officer')
    const backwards = await payload
      .create({
        collection: 'on-call',
        overrideAccess: true,
        data: {
          officer: officer.id,
          phone: '07700 900123',
          startsAt: '2031-02-02T09:00:00.000Z',
          endsAt: '2031-02-01T17:00:00.000Z',
        },
      })
      .catch((error) => error)
    expect(backwards.data.errors[0].message).toBe('The handover must come after the start.')
  })

  it('expires the cached number at a handover, with no edit', async () => {
    await payload.create({
      collection: 'on-call',
      overrideAccess: true,
      data: {
        officer: officer.id,
        phone: '07700 900555',
        startsAt: '2032-05-01T08:00:00.000Z',
        endsAt: '2032-05-01T16:00:00.000Z',
      },
    })
    let clock = new Date('2032-05-01T15:59:00Z')
    let looks = 0
    const stop = startHandoverClock(payload, { now: () => clock, everyMs: 30, onLook: () => looks++ })
    // Something cached while the shift runs (expiring the tag forgets kept answers too: a visible trace of it).
    await expect.poll(() => looks).toBeGreaterThan(0)
    // (Asked twice: the answer cache keeps a question from its second ask.)
    for (let i = 0; i < 2; i++) await answerOnce('handover-probe', async () => Response.json({ phone: '07700 900555' }))
    // More looks at the same shift expire nothing.
    const seen = looks
    await expect.poll(() => looks).toBeGreaterThan(seen + 1)
    expect(cachedAnswer('handover-probe')).toBeDefined()
    clock = new Date('2032-05-01T16:00:00Z')
    await expect.poll(() => cachedAnswer('handover-probe'), { timeout: 3000 }).toBeUndefined()
    stop()
  })
})
