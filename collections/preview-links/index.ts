import type { CollectionConfig } from 'payload'
import { isEditor, isEditorField, nobody } from '../../access/roles'
import { previewLinkPath } from '../../lib/preview/link-token'
import { siteUrl } from '../../lib/routes/site-url'
import { UK_DATE_TIME } from '../fields/uk-date'
import { yesNoCell } from '../fields/yes-no-cell'
import { assignKey } from './hooks/assign-key'
import { auditPreviewLink, auditPreviewLinkDelete } from './hooks/audit-preview-link'
import { linkState } from './link-state'

const DAY = 24 * 60 * 60 * 1000

/**
 * Embargoed preview links: an editor sends a journalist a long random link to read a release before it is public.
 * The link is `/preview/<key>.<secret>`. The key is random and made by the server; the secret is never stored: it is
 * a signature of the key under PAYLOAD_SECRET, so a copy of the database opens no link, nobody can choose their own,
 * and an editor can still copy a link again later.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: { singular: 'Preview link', plural: 'Preview links' },
  admin: {
    useAsTitle: 'recipient',
    defaultColumns: ['recipient', 'release', 'state', 'expiresAt', 'url'],
    group: 'Newsroom',
    description: 'Links that let a named journalist read an embargoed or scheduled release early.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [assignKey], afterChange: [auditPreviewLink], afterDelete: [auditPreviewLinkDelete] },
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
      admin: { date: UK_DATE_TIME },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick to stop the link working.', components: yesNoCell },
    },
    {
      name: 'state',
      type: 'text',
      virtual: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Active, expired, revoked, or the release is now public.',
      },
      hooks: { afterRead: [linkState] },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: isEditorField, create: nobody, update: nobody },
    },
    {
      name: 'path',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [({ siblingData }) => previewLinkPath(siblingData.key)] },
    },
    {
      name: 'url',
      label: 'Link',
      type: 'text',
      virtual: true,
      admin: {
        readOnly: true,
        description: 'Send this address to the journalist (it works until it expires or is revoked).',
        components: {
          Field: '/components/admin/preview-link-url#PreviewLinkUrl',
          Cell: '/components/admin/preview-link-url#PreviewLinkUrlCell',
        },
      },
      hooks: {
        afterRead: [
          ({ siblingData }) => {
            const path = previewLinkPath(siblingData.key)
            return path ? `${siteUrl()}${path}` : undefined
          },
        ],
      },
    },
    {
      name: 'opens',
      type: 'ui',
      admin: { components: { Field: '/components/admin/preview-link-opens#PreviewLinkOpens' } },
    },
  ],
}
