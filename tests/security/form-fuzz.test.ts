import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSubscribeValues } from '../../lib/alerts/fields'
import { subscribe } from '../../lib/alerts/subscribe'
import { ENQUIRY_FIELDS, FILL_TOKEN, HONEYPOT } from '../../lib/enquiries/fields'
import { issueFillToken } from '../../lib/enquiries/fill-token'
import { submitEnquiry } from '../../lib/enquiries/submit'
import { submitOptions } from '../support/enquiry-form'
import { unique } from '../support/factories'
import { testPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

// Seeded, so a failure names a form that reproduces.
function random(seed: number) {
  let state = seed >>> 0
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] }
}
const NASTY = [
  '',
  ' ',
  'a'.repeat(20_000),
  '\u0000\u0001',
  '<script>x</script>',
  "' OR 1=1 --",
  '2026-02-30',
  '25:99',
  '-1',
  'NaN',
  'ünïcödé',
  'x@y',
  'a@b.c',
  '\r\nBcc: x@y.z',
  '../..',
  '9'.repeat(50),
]

// A form as a browser (or a bot) might post it: any field missing, repeated or absurd.
function form(seed: number, names: readonly string[]) {
  const { next, pick } = random(seed)
  const fields = new Map<string, string[]>()
  for (const name of names)
    if (next() < 0.85)
      fields.set(
        name,
        Array.from({ length: next() < 0.1 ? 3 : 1 }, () => pick(NASTY)),
      )
  return {
    get: (name: string) => fields.get(name)?.[0] ?? null,
    getAll: (name: string) => fields.get(name) ?? [],
    fields,
  }
}

describe('form posts with generated bad input', () => {
  it('always get an answer from the enquiry form, never an exception', async () => {
    const kinds = new Set<string>()
    for (let seed = 1; seed <= 150; seed++) {
      const f = form(seed, [...ENQUIRY_FIELDS, HONEYPOT])
      if (seed % 3 === 0) f.fields.set(FILL_TOKEN, [issueFillToken(new Date(Date.now() - 60_000))])
      else if (seed % 3 === 1) f.fields.set(FILL_TOKEN, [random(seed).pick(NASTY)])
      const result = await submitEnquiry(payload, f, submitOptions({ ip: unique('198.51.100') }))
      kinds.add(result.kind)
    }
    expect([...kinds].every((k) => ['invalid', 'discarded', 'sent'].includes(k))).toBe(true)
  })

  it('always get an answer from the alerts form, never an exception', async () => {
    for (let seed = 1; seed <= 100; seed++) {
      const values = readSubscribeValues(form(seed, ['email', 'scope', 'topics']))
      const result = await subscribe(payload, values, { ip: unique('198.51.100') })
      expect(['invalid', 'sent', 'rate-limited']).toContain(result.kind)
    }
  })
})
