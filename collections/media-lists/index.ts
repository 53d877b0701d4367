import type { CollectionConfig } from 'payload'
import { isEditor, isStaff } from '../../access/roles'
import { liveCount } from './hooks/live-count'

/**
 * Who a release goes to: a hand-picked list, or everyone on some beats, or everyone at some outlets. Lists by beat
 * or outlet are worked out when sent, so a contact added tomorrow is on them tomorrow. A contact can be on many.
 */
export const MediaLists: CollectionConfig = {
  slug: 'media-lists',
  labels: { singular: 'Media list', plural: 'Media lists' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'members', 'updatedAt'],
    group: 'Distribution',
    description: 'Lists of media contacts to send releases to. Only contacts who get releases are counted.',
  },
  defaultSort: 'name',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'picked',
      options: [
        { value: 'picked', label: 'Hand-picked contacts' },
        { value: 'beats', label: 'Everyone on these beats' },
        { value: 'outlets', label: 'Everyone at these outlets' },
      ],
    },
    {
      name: 'contacts',
      type: 'relationship',
      relationTo: 'media-contacts',
      hasMany: true,
      admin: { condition: (data) => data?.kind === 'picked' },
    },
    {
      name: 'beats',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { condition: (data) => data?.kind === 'beats' },
    },
    {
      name: 'outlets',
      type: 'text',
      hasMany: true,
      maxRows: 50,
      admin: { condition: (data) => data?.kind === 'outlets', description: 'Outlet names as in the contacts book.' },
    },
    {
      name: 'members',
      label: 'Contacts now',
      type: 'number',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar', description: 'How many contacts on it get releases today.' },
      hooks: { afterRead: [liveCount] },
    },
  ],
  timestamps: true,
}
