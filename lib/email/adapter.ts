import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'
import type { Env } from '../env'
import { parseSender } from './from'
import { logEmailAdapter } from './log-adapter'

/** SMTP when SMTP_HOST is set; otherwise every message is written to the log (see log-adapter). */
export function emailAdapter(config: Env): EmailAdapter | Promise<EmailAdapter> {
  const sender = parseSender(config.EMAIL_FROM)
  if (!config.SMTP_HOST) return logEmailAdapter(sender)
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    // A mail server that is down must not hold up the app's start: failures surface, and are retried, per message.
    skipVerify: true,
    transportOptions: {
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS } : undefined,
      // Nodemailer waits minutes by default; a stuck server should fail fast and be retried by the job queue.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
  })
}
