import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import type { Distribution } from '../../payload-types'
import {
  STALE_CLAIM_MINUTES,
  claimRecipient,
  markEnded,
  markRetry,
  markSent,
  nextSendSlot,
  unfinished,
} from '../db/distribution-recipients'
import { env } from '../env'
import { recipientEmail } from './recipient-email'
import { releaseCopy, type ReleaseCopy } from './release-copy'
import { findDistribution, releaseIdOf, setDistribution } from './state'

/**
 * How long one sender's job runs before handing on to a fresh job: long enough that the hand-over costs nothing
 * at any rate cap, short enough that a stop or restart (which waits for the job in hand) is never held up long.
 */
export const RUN_MS = 10_000
const RUN_MAX = 5000
// Temporary failures are tried again after 30 s, 1, 2, 4 and 8 minutes; then the address is reported as failed.
export const MAX_ATTEMPTS = 6
const backoffSeconds = (attempts: number) => 30 * 2 ** (attempts - 1)

type Outcome = 'sent' | 'bounced' | 'retry' | 'failed'

/** A mail server's 5xx refuses the address for good; anything else (4xx, a dropped connection) may pass later. */
const permanent = (error: unknown) => {
  const code = Number((error as { responseCode?: unknown })?.responseCode)
  return code >= 500 && code < 600
}

async function sendOne(
  payload: Payload,
  distributionId: number,
  perMinute: number,
  copy: ReleaseCopy,
  distribution: Pick<Distribution, 'id' | 'subject' | 'note'>,
) {
  const claimed = await claimRecipient(payload, distributionId)
  if (!claimed) return undefined
  if (claimed.contact_status !== 'active' || !claimed.contact_id) {
    await markEnded(payload, claimed.id, 'skipped', claimed.contact_status ?? 'erased')
    return 'skipped'
  }
  const email = await recipientEmail(payload, claimed, distribution, copy)
  if (!email) {
    await markEnded(payload, claimed.id, 'skipped', 'erased')
    return 'skipped'
  }
  const wait = await nextSendSlot(payload, perMinute)
  if (wait) await sleep(wait)
  let outcome: Outcome = 'sent'
  try {
    await payload.sendEmail(email)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (permanent(error)) {
      await markEnded(payload, claimed.id, 'bounced', message)
      await payload.update({
        collection: 'media-contacts',
        id: claimed.contact_id,
        data: { status: 'bouncing', bouncedAt: new Date().toISOString(), bounceReason: message.slice(0, 300) },
        overrideAccess: true,
        depth: 0,
      })
      outcome = 'bounced'
    } else if (claimed.attempts >= MAX_ATTEMPTS) {
      await markEnded(payload, claimed.id, 'failed', message)
      outcome = 'failed'
    } else {
      await markRetry(payload, claimed.id, backoffSeconds(claimed.attempts), message)
      outcome = 'retry'
    }
    return outcome
  }
  await markSent(payload, claimed.id)
  return outcome
}

/**
 * One sender's run, for up to RUN_MS: each claimed before it is sent (so no two senders, retries or restarts
 * send anyone twice), each send waiting for its slot under the rate cap shared by every worker. Then it hands on:
 * to a fresh job at once if work is waiting, to one at the next retry if only retries are, or marks the whole
 * distribution sent when nobody is left.
 */
export async function deliverDistribution(payload: Payload, id: number, max = RUN_MAX): Promise<string> {
  const distribution = await findDistribution(payload, id)
  if (distribution?.status !== 'sending') return `not sending: ${distribution?.status ?? 'deleted'}`
  const copy = await releaseCopy(payload, releaseIdOf(distribution))
  if (!copy) {
    await setDistribution(payload, id, { status: 'cancelled' })
    return 'stopped: the release was withdrawn'
  }
  const perMinute = env().DISTRIBUTION_RATE_PER_MINUTE
  const tally: Record<string, number> = {}
  let ranOut = false
  const until = Date.now() + RUN_MS
  for (let i = 0; i < max && Date.now() < until; i++) {
    const outcome = await sendOne(payload, id, perMinute, copy, distribution)
    if (!outcome) {
      ranOut = true
      break
    }
    tally[outcome] = (tally[outcome] ?? 0) + 1
  }
  const left = await unfinished(payload, id)
  if (!left.count) {
    if ((await findDistribution(payload, id))?.status === 'sending')
      await setDistribution(payload, id, { status: 'sent', sentAt: new Date().toISOString() })
  } else {
    // Nothing to take now means the rest wait for a retry, or are held by another sender (which may have died: its
    // claim can be taken again once stale).
    const later = left.nextRetry ?? new Date(Date.now() + STALE_CLAIM_MINUTES * 60_000)
    await payload.jobs.queue({
      task: 'sendDistribution',
      input: { distribution: id },
      ...(ranOut ? { waitUntil: new Date(Math.max(Date.now() + 1000, new Date(later).getTime())) } : {}),
    })
  }
  return (
    Object.entries(tally)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'nothing to send'
  )
}
