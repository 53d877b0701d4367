import type { Payload } from 'payload'
import type { Distribution, User } from '../../payload-types'
import { audienceSize } from './audience'
import { releaseCopy } from './release-copy'
import { releaseIdOf, setDistribution } from './state'

export type SendAnswer = { status: number; message: string; sendsAt?: string }

/** When it goes out, or the reason it cannot: in the words the editor sees under the Send button. */
async function whenToSend(payload: Payload, d: Distribution, now: number): Promise<Date | string> {
  if (d.timing === 'at') {
    if (!d.sendAt) return 'Choose the time to send it, or send it now.'
    const at = new Date(d.sendAt)
    return at.getTime() < now - 60_000 ? 'That time has passed: choose a later one, or send it now.' : at
  }
  if (d.timing === 'embargo') {
    const release = await payload.findByID({
      collection: 'releases',
      id: releaseIdOf(d),
      depth: 0,
      overrideAccess: true,
      select: { embargoUntil: true },
    })
    const lifts = release.embargoUntil ? new Date(release.embargoUntil) : null
    return lifts && lifts.getTime() > now
      ? lifts
      : 'The release has no embargo still to come: send it now or at a time.'
  }
  return new Date(now)
}

/**
 * An editor presses Send: checked first (an approved release, somebody to send to, a time to come), then the
 * distribution waits for its moment in the job queue. Nothing is sent here, so the editor never waits on mail.
 */
export async function sendDistribution(payload: Payload, id: number, user: User): Promise<SendAnswer> {
  const d = await payload
    .findByID({ collection: 'distributions', id, depth: 0, overrideAccess: false, user })
    .catch(() => null)
  if (!d) return { status: 404, message: 'No such distribution.' }
  if (d.status !== 'draft') return { status: 409, message: 'This distribution has already been sent or set to send.' }
  if (!(await releaseCopy(payload, releaseIdOf(d))))
    return { status: 400, message: 'The release has no approved version: approve or publish it before sending it.' }
  const recipients = await audienceSize(payload, d)
  if (!recipients) return { status: 400, message: 'Nobody to send to: choose a list or contacts who get releases.' }
  const now = Date.now()
  const when = await whenToSend(payload, d, now)
  if (typeof when === 'string') return { status: 400, message: when }
  await setDistribution(payload, id, { status: 'scheduled', sendsAt: when.toISOString(), sentBy: user.id })
  await payload.jobs.queue({
    task: 'startDistribution',
    input: { distribution: id },
    ...(when.getTime() > now ? { waitUntil: when } : {}),
  })
  const message =
    when.getTime() > now + 60_000
      ? `Waiting to send to ${recipients} contact(s).`
      : `Sending to ${recipients} contact(s) now.`
  return { status: 200, message, sendsAt: when.toISOString() }
}

/** An editor stops a distribution that is still waiting for its time. */
export async function cancelDistribution(payload: Payload, id: number, user: User): Promise<SendAnswer> {
  const d = await payload
    .findByID({ collection: 'distributions', id, depth: 0, overrideAccess: false, user })
    .catch(() => null)
  if (!d) return { status: 404, message: 'No such distribution.' }
  if (d.status !== 'scheduled')
    return { status: 409, message: 'Only a distribution waiting for its time can be cancelled.' }
  await setDistribution(payload, id, { status: 'cancelled' })
  return { status: 200, message: 'Cancelled: nothing was sent.' }
}
