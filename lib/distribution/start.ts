import type { Payload } from 'payload'
import { addRecipients, unfinished } from '../db/distribution-recipients'
import { audience } from './audience'
import { releaseCopy } from './release-copy'
import { findDistribution, releaseIdOf, setDistribution } from './state'

/**
 * Senders working on one distribution at once. Each waits on the mail server for every message (about 150 ms a
 * message here, most of it SMTP round trips), so several in parallel reach a high cap; the cap itself is shared.
 */
export const SENDERS = 4

/**
 * A distribution's moment has come: its recipients are listed as of now (so a contact who unsubscribed since the
 * editor pressed Send is left out) and the senders start. Run twice, it lists nobody twice and starts nothing twice.
 */
export async function startDistribution(payload: Payload, id: number): Promise<string> {
  const distribution = await findDistribution(payload, id)
  if (distribution?.status !== 'scheduled') return `not started: ${distribution?.status ?? 'deleted'}`
  if (!(await releaseCopy(payload, releaseIdOf(distribution)))) {
    await setDistribution(payload, id, { status: 'cancelled' })
    return 'cancelled: the release was withdrawn, or has no approved version'
  }
  const contacts = await audience(payload, distribution)
  await addRecipients(payload, id, contacts)
  const { count } = await unfinished(payload, id)
  await setDistribution(payload, id, { status: count ? 'sending' : 'sent', recipients: contacts.length })
  for (let i = 0; i < Math.min(SENDERS, count); i++) {
    await payload.jobs.queue({ task: 'sendDistribution', input: { distribution: id } })
  }
  return `sending to ${count} recipient(s)`
}
