import type { SendEmailOptions } from 'payload'
import type { Contact, MediaContact, Release } from '../../payload-types'
import { statusLine } from '../release/status-line'
import { formatDate } from '../time/dates'
import { emailHtml } from './email-html'

export type EmailRelease = Pick<Release, 'title' | 'summary' | 'embargoUntil' | 'releaseDate' | '_status'> & {
  contacts?: (number | Contact)[] | null
}
export type EmailContext = { organisationName: string; pressEmail?: string | null; fallbackContact?: Contact | null }
export type EmailLinks = { open: string; oneClick: string; unsubscribe: string }
export type EmailOptions = {
  subject: string
  note?: string | null
  /** Not yet public: the link is the recipient's own preview, and the email says the embargo. */
  embargoed: boolean
  messageId?: string
  listId: string
  /** When it will be read as sent (a preview of a later send): the status line as of then. */
  at?: number
}

const beatNames = (contact: Pick<MediaContact, 'beats'>) =>
  (contact.beats ?? []).flatMap((b) => (typeof b === 'object' && b ? [b.name] : []))

/** Why this journalist gets releases, in their words of the lawful basis the office recorded. */
export function whyYouGetThis(
  contact: Pick<MediaContact, 'lawfulBasis' | 'basisDate' | 'beats' | 'outlet'>,
  org: string,
) {
  if (contact.lawfulBasis === 'consent')
    return `You get releases from ${org} because you asked to on ${formatDate(contact.basisDate)}.`
  const beats = beatNames(contact)
  const on = beats.length ? ` on ${beats.join(', ')}` : ''
  return `You get releases from ${org} because you report${on}${contact.outlet ? ` for ${contact.outlet}` : ''}.`
}

function contactLine(release: EmailRelease, fallback?: Contact | null) {
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object' && c !== null)
  const people = own.length ? own : fallback ? [fallback] : []
  if (!people.length) return null
  return `For more information please contact ${people.map((c) => `${c.name}: ${c.phone}, ${c.email}`).join('; ')}.`
}

/**
 * One journalist's copy of a distribution: the note, the release's status line, title and summary, their own link,
 * the press contact, and why they get it and how to stop (RFC 8058 one-click in the headers). Never the release's
 * full text and never its public address: under embargo the link is theirs alone and opens the preview.
 */
export function distributionEmail(
  to: Pick<MediaContact, 'email' | 'name' | 'lawfulBasis' | 'basisDate' | 'beats' | 'outlet'>,
  release: EmailRelease,
  links: EmailLinks,
  context: EmailContext,
  options: EmailOptions,
): SendEmailOptions {
  const status = statusLine(release, options.at)
  const subject = options.embargoed ? `EMBARGOED: ${options.subject}` : options.subject
  const why = whyYouGetThis(to, context.organisationName)
  const linkLabel = options.embargoed
    ? 'Read the release (your own link, please do not forward it)'
    : 'Read the release'
  const parts = {
    note: options.note?.trim() || null,
    status,
    title: release.title,
    summary: release.summary ?? '',
    linkLabel,
    link: links.open,
    contact: contactLine(release, context.fallbackContact),
    why,
    unsubscribe: links.unsubscribe,
    from: `${context.organisationName} press office${context.pressEmail ? `, ${context.pressEmail}` : ''}`,
  }
  const text = [
    parts.note,
    parts.note ? '' : null,
    parts.status,
    '',
    parts.title,
    '',
    parts.summary,
    '',
    `${parts.linkLabel}:`,
    parts.link,
    '',
    parts.contact,
    parts.contact ? '' : null,
    '--',
    parts.why,
    `To stop getting releases: ${parts.unsubscribe}`,
    parts.from,
  ]
    .filter((line) => line !== null)
    .join('\n')
  const unsubscribe = [`<${links.oneClick}>`]
  if (context.pressEmail) unsubscribe.push(`<mailto:${context.pressEmail}?subject=Unsubscribe>`)
  return {
    to: to.name ? { name: to.name, address: to.email } : to.email,
    replyTo: context.pressEmail || undefined,
    subject,
    text,
    html: emailHtml(parts),
    ...(options.messageId ? { messageId: options.messageId } : {}),
    headers: {
      'List-Unsubscribe': unsubscribe.join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': options.listId,
    },
  }
}
