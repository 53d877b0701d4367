import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { isEditor, isEditorField } from '../../access/roles'
import { siteUrl } from '../../lib/site-url'

const DAY = 24 * 60 * 60 * 1000

const linkPath = (link: { key?: string | null; secret?: string | null }) =>
  link.key && link.secret ? `/preview/${link.key}.${link.secret}` : undefined

/**
 * Embargoed preview links: an editor sends a journalist a long random link to read a release before it is public.
 * The link is `/preview/<key>.<secret>`: the key finds the row, the secret is compared in constant time.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: { singular: 'Preview link', plural: 'Preview links' },
  admin: {
    useAsTitle: 'recipient',
    defaultColumns: ['recipient', 'release', 'expiresAt', 'revoked', 'url'],
    group: 'Newsroom',
    description: 'Links that let a named journalist read an embargoed or scheduled release early.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'release', type: 'relationship', relationTo: 'releases', required: true, index: true },
    {
      name: 'recipient',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Who it was sent to, e.g. "Jo Bloggs, The Harrowmere Post".' },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + 7 * DAY).toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'revoked', type: 'checkbox', defaultValue: false, admin: { description: 'Tick to stop the link working.' } },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      defaultValue: () => randomBytes(9).toString('base64url'),
      admin: { hidden: true },
      access: { read: isEditorField, update: () => false },
    },
    {
      name: 'secret',
      type: 'text',
      defaultValue: () => randomBytes(24).toString('base64url'),
      admin: { hidden: true },
      access: { read: isEditorField, update: () => false },
    },
    {
      name: 'path',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [({ siblingData }) => linkPath(siblingData)] },
    },
    {
      name: 'url',
      label: 'Link',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, description: 'Send this address to the journalist (it works until it expires or is revoked).' },
      hooks: {
        afterRead: [({ siblingData }) => {
          const path = linkPath(siblingData)
          return path ? `${siteUrl()}${path}` : undefined
        }],
      },
    },
  ],
}
