import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff } from '../../access/roles'

/**
 * Each outside address linked from a public release, and how it last answered (the daily link check,
 * lib/links/check-links). The admin lists the broken ones; nobody writes here but the check.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: { singular: 'Broken link', plural: 'Broken links' },
  admin: {
    useAsTitle: 'url',
    group: 'Newsroom',
    defaultColumns: ['url', 'problem', 'releases', 'firstBrokenAt', 'lastCheckedAt'],
    description:
      'Links in public releases whose page no longer answers, checked once a day. ' +
      'Fix the link in the release (or remove it); the next check clears it.',
    baseListFilter: () => ({ status: { equals: 'broken' } }),
  },
  defaultSort: '-firstBrokenAt',
  access: { read: isStaff, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, maxLength: 2000 },
    { name: 'host', type: 'text', index: true },
    {
      name: 'status',
      type: 'select',
      index: true,
      defaultValue: 'unchecked',
      options: [
        { label: 'Not checked yet', value: 'unchecked' },
        { label: 'Works', value: 'ok' },
        { label: 'Broken', value: 'broken' },
      ],
    },
    { name: 'httpStatus', type: 'number', label: 'HTTP status' },
    { name: 'problem', type: 'text' },
    { name: 'firstBrokenAt', type: 'date', label: 'Broken since', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastCheckedAt',
      type: 'date',
      index: true,
      label: 'Last checked',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'releases', type: 'relationship', relationTo: 'releases', hasMany: true, label: 'In releases' },
  ],
}
