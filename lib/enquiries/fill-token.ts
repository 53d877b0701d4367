import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { SPEND_NONCE, FORGET_SPENT_NONCES, UNSPEND_NONCE } from '../db/form-tokens'
import { pool } from '../db/pool'
import { sign, verify } from '../security/sign'

// The form carries the moment it was served and a one-off number, signed, so a bot can neither claim it took its
// time nor post the same form again and again. People need a few seconds to fill seven fields, and seldom leave a
// form open for more than a day.
export const FILL_TOKEN_HOURS = 24
const PURPOSE = 'enquiry-form'

export const issueFillToken = (now = new Date()) => {
  const nonce = randomBytes(12).toString('base64url')
  return `${now.getTime()}.${nonce}.${sign(PURPOSE, now.getTime(), nonce)}`
}

export type FillCheck = 'ok' | 'too-fast' | 'expired' | 'invalid'

export function checkFillToken(token: unknown, minSeconds: number, now = new Date()): FillCheck {
  if (typeof token !== 'string' || token.length > 200) return 'invalid'
  const [stamp, nonce = '', signature] = token.split('.')
  const issuedAt = Number(stamp)
  if (!Number.isSafeInteger(issuedAt) || !/^[\w-]{16}$/.test(nonce) || !verify(PURPOSE, signature, issuedAt, nonce))
    return 'invalid'
  const age = now.getTime() - issuedAt
  if (age < -60_000) return 'invalid'
  if (age > FILL_TOKEN_HOURS * 3_600_000) return 'expired'
  return age >= minSeconds * 1000 ? 'ok' : 'too-fast'
}

/**
 * Marks a checked token as used, in one statement that any number of servers can race on: true for the first use,
 * false for any later one. Spent tokens are forgotten once they would have expired anyway.
 */
export async function spendFillToken(payload: Payload, token: string, now = new Date()): Promise<boolean> {
  const nonce = token.split('.')[1]
  const { rowCount } = await pool(payload).query(SPEND_NONCE, [nonce, now])
  if (rowCount === 1 && Math.random() < 0.05) {
    await pool(payload).query(FORGET_SPENT_NONCES, [now, FILL_TOKEN_HOURS + 1])
  }
  return rowCount === 1
}

/** Gives a token back when the enquiry it carried could not be saved, so the same form can be sent again. */
export const unspendFillToken = (payload: Payload, token: string) =>
  pool(payload)
    .query(UNSPEND_NONCE, [token.split('.')[1]])
    .catch(() => undefined)
