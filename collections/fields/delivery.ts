import type { Field } from 'payload'
import { UK_DATE_TIME } from './uk-date'

// 'logged': no mail server is configured (SMTP_HOST), so the email was written to the server's log and nobody got it.
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'logged', 'failed', 'skipped'] as const
const LABELS: Record<(typeof DELIVERY_STATUSES)[number], string> = {
  pending: 'Pending',
  sending: 'Sending',
  sent: 'Sent',
  logged: 'Not sent: no mail server (written to the log)',
  failed: 'Failed',
  skipped: 'Skipped',
}
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

const readOnly = { create: () => false, update: () => false }

/**
 * Where one email about an enquiry stands. Only the email job writes it (with overrideAccess); staff see it
 * read-only, so a failing mail server is visible on the enquiry itself.
 */
export const deliveryField = (name: string, label: string, description: string): Field => ({
  name,
  type: 'group',
  label,
  admin: { description },
  access: readOnly,
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      options: DELIVERY_STATUSES.map((value) => ({ value, label: LABELS[value] })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastAttemptAt', type: 'date', admin: { readOnly: true, date: UK_DATE_TIME } },
    { name: 'sentAt', type: 'date', admin: { readOnly: true, date: UK_DATE_TIME } },
    { name: 'lastError', type: 'text', admin: { readOnly: true } },
  ],
})
