import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Links in alert emails carry a token signed with PAYLOAD_SECRET instead of a stored secret: `<id>.<expires>.<mac>`.
 * Confirmation links expire; manage and unsubscribe links last as long as the subscription, because an
 * unsubscribe link in an old email must still work.
 */
export type TokenPurpose = 'confirm' | 'manage'
export const CONFIRM_HOURS = 72

const mac = (purpose: TokenPurpose, id: number, expires: number) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET ?? '').update(`press-office:subscriber:${purpose}:${id}:${expires}`).digest('base64url')

export function subscriberToken(purpose: TokenPurpose, id: number, now = new Date()): string {
  const expires = purpose === 'confirm' ? Math.floor(now.getTime() / 1000) + CONFIRM_HOURS * 3600 : 0
  return `${id}.${expires}.${mac(purpose, id, expires)}`
}

export type TokenCheck = { ok: true; id: number } | { ok: false; reason: 'invalid' | 'expired' }

export function checkSubscriberToken(purpose: TokenPurpose, token: unknown, now = new Date()): TokenCheck {
  if (typeof token !== 'string' || token.length > 200 || !process.env.PAYLOAD_SECRET) return { ok: false, reason: 'invalid' }
  const [idText, expiresText, given = ''] = token.split('.')
  const id = Number(idText)
  const expires = Number(expiresText)
  if (!Number.isSafeInteger(id) || id < 1 || !Number.isSafeInteger(expires)) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(mac(purpose, id, expires))
  const presented = Buffer.from(given)
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return { ok: false, reason: 'invalid' }
  if (expires !== 0 && expires * 1000 < now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, id }
}
