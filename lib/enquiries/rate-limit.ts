import type { Payload } from 'payload'
import { pool } from '../db/pool'
import { COUNT_HIT, FORGET_OLD_WINDOWS, READ_WINDOW } from '../db/rate-limits'
import { sign } from '../security/sign'

export type RateLimit = { limit: number; windowMinutes: number }
export type RateCheck = { allowed: true } | { allowed: false; retryAfterMinutes: number }

// Addresses are kept only as a keyed hash: enough to count, not enough to tell who sent what. The scope keeps
// separate counts in the one table for each form that is limited (enquiries, alert subscriptions).
const keyFor = (ip: string, scope: string) => sign('rate-limit', scope, ip)

function verdict(hits: number, windowStart: Date, { limit, windowMinutes }: RateLimit, now: Date): RateCheck {
  if (hits <= limit) return { allowed: true }
  const retryAt = windowStart.getTime() + windowMinutes * 60_000
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)) }
}

/**
 * Counts one accepted enquiry against the sender's window and says whether it may go through. One upsert, so
 * concurrent requests on any number of app instances cannot both squeeze under the limit.
 */
export async function consumeRateLimit(
  payload: Payload,
  ip: string,
  rule: RateLimit,
  now = new Date(),
  scope = 'enquiry-ip',
): Promise<RateCheck> {
  const { rows } = await pool(payload).query<{ hits: number; window_start: Date }>(COUNT_HIT, [
    keyFor(ip, scope),
    now,
    rule.windowMinutes,
  ])
  if (rows[0].hits === 1) {
    // A new window is a good moment to forget windows that ended long ago.
    await pool(payload).query(FORGET_OLD_WINDOWS, [now])
  }
  return verdict(rows[0].hits, rows[0].window_start, rule, now)
}

/** Whether the sender is currently over the limit, without counting anything. */
export async function peekRateLimit(
  payload: Payload,
  ip: string,
  rule: RateLimit,
  now = new Date(),
  scope = 'enquiry-ip',
): Promise<RateCheck> {
  const { rows } = await pool(payload).query<{ hits: number; window_start: Date }>(READ_WINDOW, [
    keyFor(ip, scope),
    now,
    rule.windowMinutes,
  ])
  return rows[0] ? verdict(rows[0].hits, rows[0].window_start, rule, now) : { allowed: true }
}
