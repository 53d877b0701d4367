import { createHmac, timingSafeEqual } from 'node:crypto'
import { env } from '../env'

type Part = string | number

/**
 * Everything the app signs (links in emails, form tokens, preview links, internal calls, rate-limit keys) is an
 * HMAC under PAYLOAD_SECRET of `press-office:<purpose>:<parts>`, so there is no second secret to configure or leak,
 * and a value signed for one purpose is never accepted for another. Rotating the secret invalidates them all.
 */
export function sign(purpose: string, ...parts: Part[]): string {
  const secret = env().PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: nothing can be signed')
  return createHmac('sha256', secret)
    .update(['press-office', purpose, ...parts].join(':'))
    .digest('base64url')
}

/** Whether `signature` is what sign(purpose, ...parts) gives, compared in constant time. */
export function verify(purpose: string, signature: unknown, ...parts: Part[]): boolean {
  if (typeof signature !== 'string' || !signature || signature.length > 200 || !env().PAYLOAD_SECRET) return false
  const expected = Buffer.from(sign(purpose, ...parts))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
