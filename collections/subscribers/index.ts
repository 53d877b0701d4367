import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/roles'
import { UK_DATE_TIME } from '../fields/uk-date'
import { yesNoCell } from '../fields/yes-no-cell'
import { exportCsv } from './export-csv'

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const

/**
 * Journalists who asked for email alerts. Personal data, so only editors and admins see it; nobody creates one
 * through the REST or GraphQL API: the /subscribe form's server code does, after validation and rate limits.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: 'Alert subscriber', plural: 'Alert subscribers' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'allNews', 'topics', 'confirmedAt'],
    listSearchableFields: ['email'],
    group: 'Newsroom',
    description: 'Journalists who get an email when a release goes public. Only confirmed addresses get alerts.',
    components: { beforeList: ['/components/admin/subscriber-counts#SubscriberCounts'] },
  },
  defaultSort: '-createdAt',
  access: { read: isEditor, update: isEditor, delete: isEditor, create: () => false },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportCsv }],
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: 'Waiting for confirmation' },
        { value: 'confirmed', label: 'Confirmed' },
        { value: 'unsubscribed', label: 'Unsubscribed' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'allNews',
      type: 'checkbox',
      defaultValue: true,
      label: 'All news',
      admin: {
        description: 'Every release; otherwise only releases on the topics below.',
        components: yesNoCell,
      },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true },
    { name: 'confirmedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: UK_DATE_TIME } },
    { name: 'unsubscribedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: UK_DATE_TIME } },
  ],
  timestamps: true,
}
