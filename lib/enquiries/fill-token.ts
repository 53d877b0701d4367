import { createHmac, timingSafeEqual } from 'node:crypto'

// The form carries the moment it was served, signed, so a bot cannot claim it took its time. People need a few
// seconds to fill seven fields; scripts that post at once are turned away.
const sign = (issuedAt: number) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update(`press-office:enquiry-form:${issuedAt}`).digest('base64url')

export const issueFillToken = (now = new Date()) => `${now.getTime()}.${sign(now.getTime())}`

export type FillCheck = 'ok' | 'too-fast' | 'invalid'

export function checkFillToken(token: unknown, minSeconds: number, now = new Date()): FillCheck {
  if (typeof token !== 'string' || !process.env.PAYLOAD_SECRET) return 'invalid'
  const [stamp, signature = ''] = token.split('.')
  const issuedAt = Number(stamp)
  if (!Number.isSafeInteger(issuedAt)) return 'invalid'
  const expected = Buffer.from(sign(issuedAt))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid'
  const age = now.getTime() - issuedAt
  if (age < -60_000) return 'invalid'
  return age >= minSeconds * 1000 ? 'ok' : 'too-fast'
}
