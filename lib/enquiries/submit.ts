import type { Payload, RequestContext } from 'payload'
import { countOne } from '../db/release-counts'
import { findPublicRelease } from '../release/public-release'
import { mailboxKey } from '../text/mailbox'
import { FILL_TOKEN, HONEYPOT, type EnquiryErrors, type EnquiryValues } from './fields'
import { checkFillToken, issueFillToken, spendFillToken, unspendFillToken } from './fill-token'
import { consumeRateLimit, type RateLimit } from './rate-limit'
import { readValues, validateEnquiry } from './schema'

// Only an expert the public can see may be asked for: an unlisted one's slug is dropped, like an unknown release.
async function listedExpertId(payload: Payload, slug: string): Promise<number | null> {
  const { docs } = await payload.find({
    collection: 'experts',
    overrideAccess: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  return docs[0]?.id ?? null
}

export type SubmitOptions = { ip: string; now?: Date; rateLimit: RateLimit; minFillSeconds: number }

export type SubmitResult =
  | { kind: 'sent'; id: number; reference: string; jobs: Array<number | string> }
  | { kind: 'invalid'; values: EnquiryValues; errors: EnquiryErrors; formError?: string; token: string }
  | { kind: 'rate-limited'; retryAfterMinutes: number }
  | { kind: 'discarded' }

type FormLike = { get(name: string): unknown }

const TOO_FAST =
  'That was quicker than we expected, so we have not sent it yet. Please check your enquiry and send it again.'
const EXPIRED =
  'This form was opened more than a day ago, so we have not sent it yet. Please check your enquiry and send it again.'
const ALREADY_SENT =
  'This form has already been sent. If you meant to send another enquiry, check it and send it again.'

// Acknowledgements one journalist's address receives in a day: enough for a busy reporter, and it stops the form
// being used to send our email to a stranger's inbox over and over. The enquiry itself still reaches the office.
export const ACKNOWLEDGEMENTS_PER_ADDRESS = { limit: 3, windowMinutes: 24 * 60 }
const ACK_SKIPPED = 'Not sent: this address was sent three acknowledgements in the last day.'

/**
 * Everything the media enquiry form does on the server, apart from HTTP: spam checks, validation, the rate limit
 * and saving. The enquiry is stored before any email is attempted (the emails are queued with it).
 */
export async function submitEnquiry(payload: Payload, form: FormLike, options: SubmitOptions): Promise<SubmitResult> {
  const now = options.now ?? new Date()
  const values = readValues(form)
  const honeypot = form.get(HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    payload.logger.warn('Media enquiry discarded: the hidden honeypot field was filled in')
    return { kind: 'discarded' }
  }
  const token = form.get(FILL_TOKEN)
  const fill = checkFillToken(token, options.minFillSeconds, now)
  const validation = validateEnquiry(values, now)
  if (fill !== 'ok' || !validation.ok) {
    return {
      kind: 'invalid',
      values,
      errors: validation.ok ? {} : validation.errors,
      formError: fill === 'ok' ? undefined : fill === 'expired' ? EXPIRED : TOO_FAST,
      // A too-quick form keeps its start time, which will be old enough by the time it is sent again.
      token: fill === 'too-fast' || fill === 'ok' ? String(token) : issueFillToken(now),
    }
  }
  const limit = await consumeRateLimit(payload, options.ip, options.rateLimit, now)
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterMinutes: limit.retryAfterMinutes }
  if (!(await spendFillToken(payload, String(token), now))) {
    return { kind: 'invalid', values, errors: {}, formError: ALREADY_SENT, token: issueFillToken(now) }
  }
  const acknowledge = await consumeRateLimit(
    payload,
    mailboxKey(validation.data.email),
    ACKNOWLEDGEMENTS_PER_ADDRESS,
    now,
    'enquiry-ack-email',
  )

  const { release: slug, expert, ...data } = validation.data
  const context: RequestContext = {}
  const skipped = acknowledge.allowed ? {} : { acknowledgement: { status: 'skipped' as const, lastError: ACK_SKIPPED } }
  const enquiry = await payload
    .create({
      collection: 'enquiries',
      overrideAccess: true,
      context,
      data: {
        ...data,
        ...skipped,
        status: 'new',
        phone: data.phone || null,
        deadline: data.deadline.toISOString(),
        release: slug ? ((await findPublicRelease(payload, { slug }))?.id ?? null) : null,
        expert: expert ? await listedExpertId(payload, expert) : null,
      },
    })
    .catch(async (error: unknown) => {
      await unspendFillToken(payload, String(token))
      throw error
    })
  const releaseId = typeof enquiry.release === 'object' ? enquiry.release?.id : enquiry.release
  if (releaseId) await countOne(payload, releaseId, 'enquiry', now)
  return { kind: 'sent', id: enquiry.id, reference: enquiry.reference!, jobs: context.queuedJobs ?? [] }
}
