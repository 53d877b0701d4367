import type { QueuedEmail } from '../../jobs/send-email'
import { alertLinks } from './links'
import { CONFIRM_HOURS } from './tokens'

type Context = { organisationName: string; base: string; pressEmail?: string | null }

// Plain text, and nothing the visitor typed apart from the address itself: the form cannot be used to send
// someone a message of the sender's choosing.
export function confirmationEmail(
  to: string,
  id: number,
  { organisationName, base, pressEmail }: Context,
): QueuedEmail {
  const links = alertLinks(base, id)
  return {
    to,
    replyTo: pressEmail || undefined,
    subject: `Confirm your ${organisationName} news alerts`,
    text: [
      `Someone, we hope you, asked for email alerts from the ${organisationName} newsroom at this address.`,
      '',
      'To start them, confirm here:',
      links.confirm,
      '',
      `The link works for ${CONFIRM_HOURS} hours. ` +
        'If you did not ask for alerts, ignore this email: nothing more will be sent.',
    ].join('\n'),
  }
}

export function alreadySubscribedEmail(
  to: string,
  id: number,
  { organisationName, base, pressEmail }: Context,
): QueuedEmail {
  const links = alertLinks(base, id)
  return {
    to,
    replyTo: pressEmail || undefined,
    subject: `Your ${organisationName} news alerts`,
    text: [
      `This address already gets email alerts from the ${organisationName} newsroom, so nothing has changed.`,
      '',
      'To change your topics or stop the alerts:',
      links.manage,
    ].join('\n'),
  }
}
