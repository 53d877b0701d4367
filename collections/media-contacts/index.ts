import type { CollectionConfig } from 'payload'
import { isEditor, isEditorField, isStaff } from '../../access/roles'
import { UK_DATE, UK_DATE_TIME } from '../fields/uk-date'
import { exportEndpoint } from './export-endpoint'
import { eraseRecipientData } from './hooks/erase-recipient-data'
import { normaliseEmail } from './hooks/normalise-email'
import { refuseSuppressed } from './hooks/refuse-suppressed'
import { importEndpoint } from './import-endpoint'
import { personalDataEndpoint } from './personal-data-endpoint'

export const CONTACT_STATUSES = ['active', 'unsubscribed', 'bouncing'] as const

/**
 * The press office's book of journalists it sends releases to. Personal data: staff only, never public. Deleting a
 * contact is erasing them: their name and address also go from every distribution's recipient list, leaving only
 * anonymous counts (hooks/erase-recipient-data).
 */
export const MediaContacts: CollectionConfig = {
  slug: 'media-contacts',
  labels: { singular: 'Media contact', plural: 'Media contacts' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'role', 'beats', 'email', 'status'],
    listSearchableFields: ['name', 'outlet', 'email'],
    group: 'Distribution',
    description:
      'Journalists the press office sends releases to. Deleting a contact erases their personal data everywhere.',
    components: {
      beforeList: ['/components/admin/contact-import#ContactImport'],
      edit: { beforeDocumentControls: ['/components/admin/contact-data-link#ContactDataLink'] },
    },
  },
  defaultSort: 'name',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isEditor },
  hooks: { beforeValidate: [normaliseEmail], beforeChange: [refuseSuppressed], beforeDelete: [eraseRecipientData] },
  endpoints: [
    { path: '/import', method: 'post', handler: importEndpoint },
    { path: '/export.csv', method: 'get', handler: exportEndpoint },
    { path: '/:id/personal-data.json', method: 'get', handler: personalDataEndpoint },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', maxLength: 200, index: true },
        { name: 'role', type: 'text', maxLength: 200, admin: { description: 'e.g. "Health correspondent".' } },
      ],
    },
    {
      name: 'beats',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      index: true,
      admin: { description: 'The topics they write about: lists by beat pick them up.' },
    },
    { name: 'phone', type: 'text', maxLength: 50 },
    { name: 'notes', type: 'textarea', maxLength: 5000 },
    {
      name: 'source',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Where the contact came from, e.g. "Met at the science fair, 2026" or "CSV import".' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lawfulBasis',
          type: 'select',
          required: true,
          defaultValue: 'legitimate-interest',
          options: [
            { value: 'legitimate-interest', label: 'Legitimate interest (a journalist on this beat)' },
            { value: 'consent', label: 'Consent (they asked to be added)' },
          ],
        },
        {
          name: 'basisDate',
          label: 'Since',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: UK_DATE, description: 'When the basis was recorded or consent given.' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      options: [
        { value: 'active', label: 'Gets releases' },
        { value: 'unsubscribed', label: 'Unsubscribed' },
        { value: 'bouncing', label: 'Address bounces' },
      ],
      // Only editors may send releases to someone again who said no, or whose address bounced.
      access: { update: isEditorField },
      admin: { position: 'sidebar' },
    },
    { name: 'unsubscribedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: UK_DATE_TIME } },
    { name: 'bouncedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: UK_DATE_TIME } },
    { name: 'bounceReason', type: 'text', admin: { position: 'sidebar', readOnly: true } },
  ],
  timestamps: true,
}
