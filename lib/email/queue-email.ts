import type { Payload, PayloadRequest } from 'payload'
import type { QueuedEmail } from '../../jobs/send-email'

/**
 * Sends an email from the job queue rather than the request: the caller never waits on the mail server, and a
 * failed send is retried with backoff. Pass `req` to queue inside the caller's transaction.
 */
export async function queueEmail(
  payload: Payload,
  email: QueuedEmail,
  options: { req?: PayloadRequest; waitUntil?: Date } = {},
) {
  return payload.jobs.queue({ task: 'sendEmail', input: email, ...options })
}
