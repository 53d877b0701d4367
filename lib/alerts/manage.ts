import type { Payload } from 'payload'
import type { Subscriber } from '../../payload-types'
import { checkSubscriberToken, type TokenCheck } from './tokens'

export type Found = { ok: true; subscriber: Subscriber } | { ok: false; reason: 'invalid' | 'expired' }

async function load(payload: Payload, check: TokenCheck): Promise<Found> {
  if (!check.ok) return check
  const subscriber = await payload.findByID({
    collection: 'subscribers',
    id: check.id,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
  })
  // A deleted subscriber's links stop working, like a forged one.
  return subscriber ? { ok: true, subscriber } : { ok: false, reason: 'invalid' }
}

export const findByManageToken = (payload: Payload, token: unknown) =>
  load(payload, checkSubscriberToken('manage', token))

/** Double opt-in, second step: the signed link from the confirmation email starts the alerts. */
export async function confirmSubscription(payload: Payload, token: unknown, now = new Date()): Promise<Found> {
  const found = await load(payload, checkSubscriberToken('confirm', token, now))
  if (!found.ok || found.subscriber.status === 'confirmed') return found
  const subscriber = await payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    overrideAccess: true,
    data: { status: 'confirmed', confirmedAt: now.toISOString(), unsubscribedAt: null },
  })
  return { ok: true, subscriber }
}

export async function unsubscribe(payload: Payload, token: unknown, now = new Date()): Promise<Found> {
  const found = await findByManageToken(payload, token)
  if (!found.ok || found.subscriber.status === 'unsubscribed') return found
  const subscriber = await payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    overrideAccess: true,
    data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
  })
  return { ok: true, subscriber }
}

/** From the manage page: all news, or the topics ticked (at least one). Resubscribes someone who had left. */
export async function changeTopics(
  payload: Payload,
  token: unknown,
  choice: { allNews: boolean; topicIds: number[] },
): Promise<Found> {
  const found = await findByManageToken(payload, token)
  if (!found.ok) return found
  const wasConfirmed = Boolean(found.subscriber.confirmedAt)
  const subscriber = await payload.update({
    collection: 'subscribers',
    id: found.subscriber.id,
    overrideAccess: true,
    // Only an address that confirmed once may be switched back on from here: the manage link proves the inbox.
    data: {
      allNews: choice.allNews,
      topics: choice.allNews ? [] : choice.topicIds,
      ...(wasConfirmed ? { status: 'confirmed', unsubscribedAt: null } : {}),
    },
  })
  return { ok: true, subscriber }
}
