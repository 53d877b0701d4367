import type { CollectionConfig } from 'payload'
import { readExperts } from '../../access/experts'
import { isEditor, isStaffField } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { textAnd } from '../../lib/validation/field'
import { validPhone } from '../../lib/validation/values'
import { slugField } from '../fields/slug'
import { yesNoCell } from '../fields/yes-no-cell'
import { revalidateCollection } from '../hooks/revalidate'
import { keepExpertIndexed } from './hooks/keep-indexed'
import { labelExpert } from './hooks/label-expert'
import { MEDIA_EXPERIENCE } from './media-experience'

const revalidate = revalidateCollection(TAGS.experts)

// Read by staff only, through every API: journalists reach an expert through the press office, never directly.
const staffOnly = { read: isStaffField }

/**
 * People the press office offers for interview. The public sees who they are and what they can talk about; how to
 * reach them in person, and what the office knows about them, stays with staff.
 */
export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: { singular: 'Expert', plural: 'Experts' },
  admin: {
    useAsTitle: 'label',
    group: 'Newsroom',
    defaultColumns: ['name', 'jobTitle', 'department', 'listed'],
    listSearchableFields: ['name', 'jobTitle', 'department', 'summary'],
    description: 'People journalists can interview, offered through the press office.',
  },
  defaultSort: 'name',
  access: { read: readExperts, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [labelExpert],
    afterChange: [keepExpertIndexed, ...revalidate.afterChange],
    afterDelete: revalidate.afterDelete,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'As it should be printed: "Professor Amara Okafor".' },
    },
    {
      // Name, job and department, for the picker on a release (hooks/label-expert.ts).
      name: 'label',
      type: 'text',
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'jobTitle', type: 'text', maxLength: 160 },
        { name: 'department', type: 'text', maxLength: 160 },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'What they can talk about, in a sentence or two, for journalists.' },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Expertise: topics' },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      maxRows: 30,
      maxLength: 60,
      label: 'Expertise: keywords',
      admin: {
        description: 'Words a journalist might search for: "heatwaves", "flood defences", "NHS waiting lists".',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'text', hasMany: true, maxRows: 12, maxLength: 40, label: 'Interview languages' },
        {
          name: 'mediaExperience',
          type: 'select',
          hasMany: true,
          options: [...MEDIA_EXPERIENCE],
          label: 'Media experience',
        },
      ],
    },
    {
      name: 'availability',
      type: 'textarea',
      maxLength: 500,
      label: 'Availability notes',
      admin: { description: 'Shown to journalists: "Weekdays; away 10-24 August". Never a personal number.' },
    },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      type: 'collapsible',
      label: 'For the press office only',
      admin: { description: 'Never shown on the site or to anyone signed out, by any route.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'directPhone', type: 'text', maxLength: 30, validate: textAnd(validPhone), access: staffOnly },
            { name: 'directEmail', type: 'email', access: staffOnly },
          ],
        },
        {
          name: 'staffNotes',
          type: 'textarea',
          maxLength: 5000,
          access: staffOnly,
          admin: { description: 'Preferences, past interviews, who to go through.' },
        },
      ],
    },
    slugField('name'),
    {
      name: 'listed',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: 'In the public directory',
      admin: {
        position: 'sidebar',
        description: 'Untick while someone is unavailable for a long spell.',
        components: yesNoCell,
      },
    },
    {
      // The releases that name this expert, for the press office working on them.
      name: 'releases',
      type: 'join',
      collection: 'releases',
      on: 'experts',
      access: { read: isStaffField },
      admin: { defaultColumns: ['title', 'releaseDate', '_status'] },
    },
  ],
}
