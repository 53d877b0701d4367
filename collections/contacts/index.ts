import type { CollectionConfig } from 'payload'
import { anyone, isEditor } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { textAnd } from '../../lib/validation/field'
import { validPhone } from '../../lib/validation/values'
import { yesNoCell } from '../fields/yes-no-cell'
import { revalidateCollection } from '../hooks/revalidate'
import { labelContact } from './hooks/label-contact'

export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: { singular: 'Press contact', plural: 'Press contacts' },
  admin: { useAsTitle: 'label', defaultColumns: ['name', 'jobTitle', 'team', 'phone', 'order'], group: 'Newsroom' },
  defaultSort: 'order',
  hooks: { ...revalidateCollection(TAGS.contacts), beforeChange: [labelContact] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'A person ("Dr Jane Smith") or a team ("Corporate Communications Team").' },
    },
    {
      name: 'isTeam',
      type: 'checkbox',
      defaultValue: false,
      label: 'This is a team, not a person',
      admin: { components: yesNoCell },
    },
    { name: 'jobTitle', type: 'text', maxLength: 120 },
    { name: 'team', type: 'text', maxLength: 120, admin: { description: 'Groups contacts on the contacts page.' } },
    { name: 'email', type: 'email', required: true },
    { name: 'phone', type: 'text', required: true, maxLength: 30, validate: textAnd(validPhone) },
    {
      name: 'outOfHours',
      type: 'checkbox',
      defaultValue: false,
      label: 'Answers out of hours',
      admin: { components: yesNoCell },
    },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Topics covered' },
    {
      // "Dr Jane Smith, Head of Media Relations": how a contact is told apart when a release names one.
      name: 'label',
      type: 'text',
      admin: { hidden: true },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      admin: { position: 'sidebar', description: 'Lower numbers are listed first.' },
    },
  ],
}
