import { createHmac, timingSafeEqual } from 'node:crypto'

// Server-to-itself calls (cache invalidation from jobs and scripts) prove themselves with a token derived from
// PAYLOAD_SECRET, so there is no second secret to configure or leak.
export const internalToken = (purpose: string) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update(`press-office:${purpose}`).digest('hex')

export function isInternalToken(purpose: string, presented: string | null | undefined): boolean {
  if (!presented || !process.env.PAYLOAD_SECRET) return false
  const expected = Buffer.from(internalToken(purpose))
  const given = Buffer.from(presented)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
