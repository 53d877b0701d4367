import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor } from '../../access/roles'
import { LIMITS } from '../../lib/enquiries/fields'
import { textAnd } from '../../lib/field-validation'
import { validPhone } from '../../lib/validate'
import { deliveryField } from './delivery-field'
import { assignReference } from './hooks/assign-reference'
import { markAssigned } from './hooks/mark-assigned'
import { queueEmails } from './hooks/queue-emails'

export const ENQUIRY_STATUSES = ['new', 'assigned', 'answered', 'closed'] as const
const title = (value: string) => value[0].toUpperCase() + value.slice(1)
const readOnlyField = { create: () => false, update: () => false }

/**
 * Media enquiries from the public form. Nobody creates one through the REST or GraphQL API: the form's server code
 * does, with overrideAccess, after its own checks (validation, honeypot, fill time, rate limit).
 */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: { singular: 'Media enquiry', plural: 'Media enquiries' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'subject', 'outlet', 'deadline', 'status', 'assignee'],
    listSearchableFields: ['reference', 'subject', 'name', 'outlet', 'email'],
    group: 'Newsroom',
    description: 'Enquiries from journalists, nearest deadline first.',
  },
  defaultSort: 'deadline',
  access: { read: isEditor, update: isEditor, create: () => false, delete: isAdmin },
  hooks: { beforeChange: [assignReference, markAssigned], afterChange: [queueEmails] },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: LIMITS.subject },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: LIMITS.name },
        { name: 'outlet', type: 'text', required: true, maxLength: LIMITS.outlet },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true },
        { name: 'phone', type: 'text', maxLength: LIMITS.phone, validate: textAnd(validPhone) },
      ],
    },
    { name: 'message', type: 'textarea', required: true, maxLength: LIMITS.message },
    { name: 'release', type: 'relationship', relationTo: 'releases', label: 'Related release' },
    {
      name: 'notes',
      type: 'textarea',
      label: 'Internal notes',
      maxLength: 20_000,
      admin: { description: 'For the press office only; never shown to the journalist.' },
    },
    deliveryField('notification', 'Press office notification', 'The email telling the press office about this enquiry.'),
    deliveryField('acknowledgement', 'Acknowledgement', 'The email confirming receipt to the journalist.'),
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
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
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
  ],
  timestamps: true,
}
