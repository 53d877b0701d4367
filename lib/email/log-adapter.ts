import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { Sender } from './from'

const list = (value: SendEmailOptions['to']): string =>
  (Array.isArray(value) ? value : [value])
    .filter(Boolean)
    .map((v) => (typeof v === 'string' ? v : `${v!.name ? `${v!.name} ` : ''}<${v!.address}>`))
    .join(', ')

/**
 * With no SMTP server configured, mail is written to the log instead of being sent, so a development or trial
 * install shows exactly what would have gone out. It counts as delivered.
 */
export const logEmailAdapter =
  (sender: Sender): EmailAdapter<{ logged: true }> =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      const lines = [
        'Email not sent (no SMTP_HOST configured); it would have been:',
        `To: ${list(message.to)}`,
        message.replyTo ? `Reply-To: ${list(message.replyTo as SendEmailOptions['to'])}` : null,
        `Subject: ${message.subject ?? ''}`,
        '',
        String(message.text ?? ''),
      ]
      payload.logger.info(lines.filter((l) => l !== null).join('\n'))
      return { logged: true }
    },
  })
