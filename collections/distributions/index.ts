import type { CollectionConfig } from 'payload'
import { isEditor, isStaff, nobody } from '../../access/roles'
import { UK_DATE_TIME } from '../fields/uk-date'
import { cancelEndpoint, previewEndpoint, sendEndpoint, testSendEndpoint } from './endpoints'
import { keepStatus } from './hooks/keep-status'
import { onlyDrafts, onlyDraftsDeleted } from './hooks/only-drafts'
import { subjectFromRelease } from './hooks/subject-from-release'

export const DISTRIBUTION_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const

const serverOnly = { create: nobody, update: nobody }

/**
 * A release sent by email to media lists and single contacts. Anyone on the staff may prepare one; only an editor
 * sends it (the send endpoint), which is the only way its status moves: no field, REST, GraphQL, bulk or duplicate
 * route can set it (hooks/keep-status). Once sent it is a record, not a draft.
 */
export const Distributions: CollectionConfig = {
  slug: 'distributions',
  labels: { singular: 'Distribution', plural: 'Distributions' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'release', 'status', 'timing', 'sentAt'],
    group: 'Distribution',
    description: 'Releases sent by email to media lists. Contributors prepare them; editors send them.',
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isEditor },
  hooks: {
    beforeValidate: [subjectFromRelease],
    beforeChange: [onlyDrafts, keepStatus],
    beforeDelete: [onlyDraftsDeleted],
  },
  endpoints: [
    { path: '/:id/send', method: 'post', handler: sendEndpoint },
    { path: '/:id/cancel', method: 'post', handler: cancelEndpoint },
    { path: '/:id/test', method: 'post', handler: testSendEndpoint },
    { path: '/:id/preview', method: 'get', handler: previewEndpoint },
  ],
  fields: [
    { name: 'release', type: 'relationship', relationTo: 'releases', required: true, index: true },
    {
      name: 'subject',
      type: 'text',
      maxLength: 200,
      admin: { description: 'The email subject. Left blank, it is the release title.' },
    },
    {
      name: 'note',
      label: 'Personal note',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'A few lines above the release, e.g. "Professor Sen is free for interviews today."' },
    },
    { name: 'lists', type: 'relationship', relationTo: 'media-lists', hasMany: true },
    {
      name: 'contacts',
      label: 'Single contacts',
      type: 'relationship',
      relationTo: 'media-contacts',
      hasMany: true,
    },
    {
      name: 'timing',
      label: 'When',
      type: 'radio',
      required: true,
      defaultValue: 'now',
      options: [
        { value: 'now', label: 'As soon as an editor sends it' },
        { value: 'at', label: 'At a time' },
        { value: 'embargo', label: 'When the embargo lifts' },
      ],
    },
    {
      name: 'sendAt',
      type: 'date',
      admin: { date: UK_DATE_TIME, condition: (data) => data?.timing === 'at' },
    },
    {
      name: 'emailPreview',
      type: 'ui',
      admin: { components: { Field: '/components/admin/distribution-preview#DistributionPreview' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      access: serverOnly,
      options: [
        { value: 'draft', label: 'Being prepared' },
        { value: 'scheduled', label: 'Waiting to send' },
        { value: 'sending', label: 'Sending' },
        { value: 'sent', label: 'Sent' },
        { value: 'cancelled', label: 'Cancelled' },
      ],
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '/components/admin/distribution-actions#DistributionActions' },
      },
    },
    {
      name: 'sendsAt',
      type: 'date',
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, date: UK_DATE_TIME, description: 'When it goes out.' },
    },
    { name: 'sentBy', type: 'relationship', relationTo: 'users', access: serverOnly, admin: { hidden: true } },
    { name: 'sentAt', type: 'date', access: serverOnly, admin: { hidden: true } },
    { name: 'recipients', type: 'number', access: serverOnly, admin: { hidden: true } },
    {
      name: 'report',
      type: 'ui',
      admin: { components: { Field: '/components/admin/distribution-report#DistributionReport' } },
    },
  ],
  timestamps: true,
}
