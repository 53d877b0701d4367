import type { Payload } from 'payload'
import { queueEmail } from '../email/queue-email'
import { consumeRateLimit } from '../enquiries/rate-limit'
import { siteUrl } from '../routes/site-url'
import { mailboxKey } from '../text/mailbox'
import { EMAIL_PATTERN } from '../validation/values'
import { EMAIL_MAX, SUBSCRIBE_LIMITS, type SubscribeErrors, type SubscribeValues } from './fields'
import { alreadySubscribedEmail, confirmationEmail } from './messages'
import { topicIdsFor } from './topic-ids'

export type SubscribeResult =
  | { kind: 'sent'; email: string }
  | { kind: 'invalid'; values: SubscribeValues; errors: SubscribeErrors }
  | { kind: 'rate-limited' }

type Valid = { email: string; allNews: boolean; topicIds: number[] }

async function validate(
  payload: Payload,
  values: SubscribeValues,
): Promise<{ ok: true; data: Valid } | { ok: false; errors: SubscribeErrors }> {
  const errors: SubscribeErrors = {}
  const email = values.email.trim().toLowerCase()
  if (!email) errors.email = 'Enter your email address'
  else if (email.length > EMAIL_MAX) errors.email = `Your email address must be ${EMAIL_MAX} characters or fewer`
  else if (!EMAIL_PATTERN.test(email) || /[\u0000-\u001f<>,;"]/.test(email)) {
    errors.email = 'Enter an email address in the correct format, like name@example.com'
  }
  let topicIds: number[] = []
  if (values.scope === 'topics') {
    topicIds = await topicIdsFor(payload, values.topics)
    if (!topicIds.length) errors.topics = 'Choose at least one topic, or choose all news'
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, data: { email, allNews: values.scope === 'all', topicIds } }
}

/**
 * The subscribe form on the server: validate, rate-limit the client, then save the choice as pending and send a
 * confirmation link. The answer is the same whether or not the address was already known, so the form tells nobody
 * who subscribes; a confirmed subscriber is sent a link to manage their alerts instead, and keeps their topics.
 *
 * One inbox gets at most a few emails a day from this form, but posts beyond that are never refused: they save the
 * choice and send nothing. So strangers posting someone's address can neither flood their inbox nor lock them out,
 * because the confirmation links already sent still work and confirm the latest choice.
 */
export async function subscribe(
  payload: Payload,
  values: SubscribeValues,
  options: { ip: string; now?: Date },
): Promise<SubscribeResult> {
  const now = options.now ?? new Date()
  const check = await validate(payload, values)
  if (!check.ok) return { kind: 'invalid', values, errors: check.errors }
  const { email, allNews, topicIds } = check.data
  const byClient = await consumeRateLimit(payload, options.ip, SUBSCRIBE_LIMITS.perClient, now, 'subscribe-ip')
  if (!byClient.allowed) return { kind: 'rate-limited' }
  const mayEmail = (
    await consumeRateLimit(payload, mailboxKey(email), SUBSCRIBE_LIMITS.perAddress, now, 'subscribe-email')
  ).allowed

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const context = {
    organisationName: settings.organisationName,
    base: siteUrl(settings.siteUrl),
    pressEmail: settings.pressEmail,
  }
  const { docs } = await payload.find({
    collection: 'subscribers',
    overrideAccess: true,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  const existing = docs[0]
  if (existing?.status === 'confirmed') {
    if (mayEmail) await queueEmail(payload, alreadySubscribedEmail(email, existing.id, context))
    return { kind: 'sent', email }
  }
  const data = { email, allNews, topics: topicIds, status: 'pending' as const }
  const subscriber = existing
    ? await payload.update({ collection: 'subscribers', id: existing.id, overrideAccess: true, data })
    : await payload.create({ collection: 'subscribers', overrideAccess: true, data })
  if (mayEmail) await queueEmail(payload, confirmationEmail(email, subscriber.id, context))
  return { kind: 'sent', email }
}
