import type { GlobalConfig } from 'payload'
import { anyone, isAdmin } from '../access/roles'
import { simpleEditor } from '../collections/fields/editor'
import { revalidateSettings } from '../collections/hooks/revalidate'
import { textAnd } from '../lib/validation/field'
import { validPhone, validUrl } from '../lib/validation/values'

const social = ['x', 'linkedin', 'facebook', 'bluesky', 'instagram', 'youtube'] as const

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateSettings] },
  fields: [
    { name: 'organisationName', type: 'text', required: true, maxLength: 120 },
    {
      name: 'siteUrl',
      type: 'text',
      validate: textAnd(validUrl),
      admin: { description: 'Public address of the newsroom, used in links, feeds and sitemaps.' },
    },
    { name: 'about', type: 'richText', editor: simpleEditor, label: 'About the organisation' },
    {
      name: 'defaultContact',
      type: 'relationship',
      relationTo: 'contacts',
      admin: { description: 'Named on releases that have no contact of their own.' },
    },
    { name: 'pressEmail', type: 'email', admin: { description: 'Where media enquiries are sent.' } },
    { name: 'outOfHoursPhone', type: 'text', maxLength: 30, validate: textAnd(validPhone) },
    {
      name: 'social',
      type: 'group',
      fields: social.map((name) => ({ name, type: 'text' as const, validate: textAnd(validUrl) })),
    },
  ],
}
