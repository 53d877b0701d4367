import type { Enquiry, Release, SiteSetting } from '../../payload-types'
import { siteUrl } from '../routes/site-url'
import { formatEmbargo } from '../time/dates'
import { RESPONSE_TIME } from './fields'

export type Email = { to: string; subject: string; text: string; replyTo?: string; messageId: string }

// Plain text only: whatever a journalist typed reaches the inbox as text, never as markup.
const messageId = (enquiry: Enquiry, kind: string, base: string) =>
  `<${enquiry.reference}.${kind}@${new URL(base).hostname || 'press-office'}>`

export function notificationEmail(enquiry: Enquiry, settings: SiteSetting): Email | { skip: string } {
  if (!settings.pressEmail) return { skip: 'No press office address: set one in Site settings' }
  const base = siteUrl(settings.siteUrl)
  const release = typeof enquiry.release === 'object' && enquiry.release ? (enquiry.release as Release) : null
  const expert = typeof enquiry.expert === 'object' && enquiry.expert ? enquiry.expert : null
  const text = [
    `New media enquiry ${enquiry.reference}`,
    '',
    `From:     ${enquiry.name}, ${enquiry.outlet}`,
    `Email:    ${enquiry.email}`,
    `Phone:    ${enquiry.phone || 'not given'}`,
    `Deadline: ${formatEmbargo(enquiry.deadline)}`,
    release ? `Release:  ${release.title} (${base}/news/${release.slug})` : null,
    expert ? `Expert:   ${expert.name} (interview request)` : null,
    `Subject:  ${enquiry.subject}`,
    '',
    enquiry.message,
    '',
    `Open it in the admin: ${base}/admin/collections/enquiries/${enquiry.id}`,
  ]
  return {
    to: settings.pressEmail,
    replyTo: enquiry.email,
    subject: `Media enquiry ${enquiry.reference}: ${enquiry.subject}`,
    text: text.filter((l) => l !== null).join('\n'),
    messageId: messageId(enquiry, 'notification', base),
  }
}

/**
 * Deliberately repeats nothing the sender typed: anyone can put someone else's address in the form, and an
 * acknowledgement that echoed the message would let them use the newsroom to send it.
 */
export function acknowledgementEmail(enquiry: Enquiry, settings: SiteSetting): Email {
  const base = siteUrl(settings.siteUrl)
  const urgent = settings.outOfHoursPhone ? `If it is urgent, call ${settings.outOfHoursPhone}.` : null
  const text = [
    'Thank you for your media enquiry.',
    '',
    `Your reference is ${enquiry.reference}. Please quote it if you contact us about this enquiry.`,
    `You gave us a deadline of ${formatEmbargo(enquiry.deadline)}.`,
    '',
    RESPONSE_TIME,
    urgent,
    '',
    `${settings.organisationName} press office`,
    base,
  ]
  return {
    to: enquiry.email,
    replyTo: settings.pressEmail || undefined,
    subject: `We have received your enquiry ${enquiry.reference}`,
    text: text.filter((l) => l !== null).join('\n'),
    messageId: messageId(enquiry, 'acknowledgement', base),
  }
}
