import { sign, verify } from '../security/sign'

/**
 * Links in alert emails carry a signed token (lib/security/sign) instead of a stored secret: `<id>.<expires>.<mac>`.
 * Confirmation links expire; manage and unsubscribe links last as long as the subscription, because an
 * unsubscribe link in an old email must still work.
 */
export type TokenPurpose = 'confirm' | 'manage'
export const CONFIRM_HOURS = 72

export function subscriberToken(purpose: TokenPurpose, id: number, now = new Date()): string {
  const expires = purpose === 'confirm' ? Math.floor(now.getTime() / 1000) + CONFIRM_HOURS * 3600 : 0
  return `${id}.${expires}.${sign('subscriber', purpose, id, expires)}`
}

export type TokenCheck = { ok: true; id: number } | { ok: false; reason: 'invalid' | 'expired' }

export function checkSubscriberToken(purpose: TokenPurpose, token: unknown, now = new Date()): TokenCheck {
  if (typeof token !== 'string' || token.length > 200) return { ok: false, reason: 'invalid' }
  const [idText, expiresText, given = ''] = token.split('.')
  const id = Number(idText)
  const expires = Number(expiresText)
  if (!Number.isSafeInteger(id) || id < 1 || !Number.isSafeInteger(expires)) return { ok: false, reason: 'invalid' }
  if (!verify('subscriber', given, purpose, id, expires)) return { ok: false, reason: 'invalid' }
  if (expires !== 0 && expires * 1000 < now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, id }
}
