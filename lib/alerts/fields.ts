import type { RateLimit } from '../enquiries/rate-limit'

/** The subscribe form: one address, and either all news or the topics ticked. */
export type SubscribeValues = { email: string; scope: 'all' | 'topics'; topics: string[] }
export type SubscribeErrors = Partial<Record<'email' | 'topics', string>>

export const EMAIL_MAX = 254

// Sensible for people, useless for abuse: a few tries from one address, and few confirmation emails to one inbox,
// so nobody can use the form to flood someone else's mailbox.
export const SUBSCRIBE_LIMITS: { perClient: RateLimit; perAddress: RateLimit } = {
  perClient: { limit: 10, windowMinutes: 60 },
  perAddress: { limit: 3, windowMinutes: 24 * 60 },
}

type FormLike = { get(name: string): unknown; getAll?(name: string): unknown[] }

export function readSubscribeValues(form: FormLike): SubscribeValues {
  const email = form.get('email')
  const topics = (form.getAll?.('topics') ?? [form.get('topics')]).filter((t): t is string => typeof t === 'string')
  return {
    email: typeof email === 'string' ? email.slice(0, EMAIL_MAX * 2) : '',
    scope: form.get('scope') === 'topics' ? 'topics' : 'all',
    topics: topics.slice(0, 100).map((t) => t.slice(0, 80)),
  }
}
