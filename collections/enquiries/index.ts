import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor } from '../../access/roles'
import { LIMITS } from '../../lib/enquiries/fields'
import { textAnd } from '../../lib/validation/field'
import { validPhone } from '../../lib/validation/values'
import { UK_DATE_TIME } from '../fields/uk-date'
import { emailDelivery } from './email-delivery'
import { assignReference } from './hooks/assign-reference'
import { markAssigned } from './hooks/mark-assigned'
import { queueEmails } from './hooks/queue-emails'
import { recordAnswered } from './hooks/record-answered'
import { resendEmailEndpoint } from './resend-endpoint'

export const ENQUIRY_STATUSES = ['new', 'assigned', 'answered', 'closed'] as const
const title = (value: string) => value[0].toUpperCase() + value.slice(1)
const readOnlyField = { create: () => false, update: () => false }
// Set once, by the form's server code (which creates with overrideAccess); never changed afterwards.
const asSent = { update: () => false }

/**
 * Media enquiries from the public form. Nobody creates one through the REST or GraphQL API: the form's server code
 * does, with overrideAccess, after its own checks (validation, honeypot, fill time, rate limit).
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: 'Media enquiry', plural: 'Media enquiries' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'subject', 'outlet', 'expert', 'deadline', 'status', 'assignee'],
    listSearchableFields: ['reference', 'subject', 'name', 'outlet', 'email'],
    group: 'Newsroom',
    description: 'Enquiries from journalists, nearest deadline first.',
    components: { beforeList: ['/components/admin/mail-warning#MailWarning'] },
  },
  defaultSort: 'deadline',
  access: { read: isEditor, update: isEditor, create: () => false, delete: isAdmin },
  hooks: { beforeChange: [assignReference, markAssigned, recordAnswered], afterChange: [queueEmails] },
  endpoints: [{ path: '/:id/resend/:kind', method: 'post', handler: resendEmailEndpoint }],
  fields: [
    {
      // Reply by email and Call, with the journalist's own words filled in.
      name: 'replyActions',
      type: 'ui',
      admin: { components: { Field: '/components/admin/enquiry-actions#EnquiryActions' } },
    },
    // What the journalist sent is their record, not ours to edit: read-only for everyone, through any API.
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: LIMITS.subject,
      access: asSent,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: LIMITS.name,
          access: asSent,
          admin: { readOnly: true },
        },
        {
          name: 'outlet',
          type: 'text',
          required: true,
          maxLength: LIMITS.outlet,
          access: asSent,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, access: asSent, admin: { readOnly: true } },
        {
          name: 'phone',
          type: 'text',
          maxLength: LIMITS.phone,
          validate: textAnd(validPhone),
          access: asSent,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: LIMITS.message,
      access: asSent,
      admin: { readOnly: true },
    },
    { name: 'release', type: 'relationship', relationTo: 'releases', label: 'Related release' },
    { name: 'expert', type: 'relationship', relationTo: 'experts', label: 'Expert requested for interview' },
    {
      name: 'notes',
      type: 'textarea',
      label: 'Internal notes',
      maxLength: 20_000,
      admin: { description: 'For the press office only; never shown to the journalist.' },
    },
    emailDelivery,
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      access: readOnlyField,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'deadline',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: UK_DATE_TIME },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: ENQUIRY_STATUSES.map((value) => ({ value, label: title(value) })),
      admin: { position: 'sidebar' },
    },
    { name: 'assignee', type: 'relationship', relationTo: 'users', index: true, admin: { position: 'sidebar' } },
    {
      name: 'answeredAt',
      type: 'date',
      label: 'First answered',
      access: readOnlyField,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: UK_DATE_TIME,
        description: 'Set when the status first becomes Answered or Closed.',
      },
    },
  ],
  timestamps: true,
}
