import type { TaskConfig } from 'payload'
import { EMAIL_RETRIES } from './retries'

export type QueuedEmail = { to: string; subject: string; text: string; replyTo?: string }

/**
 * A plain email sent from the queue, retried with backoff (see lib/email/queue-email). For mail whose state
 * must show on a document, write a task like sendEnquiryEmail that records it there.
 */
export const sendEmail: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Send an email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'replyTo', type: 'text' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const info = (await req.payload.sendEmail({ ...input, replyTo: input.replyTo || undefined })) as {
      messageId?: string
    }
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
