import type { CollectionConfig } from 'payload'
import { canChangeMedia } from '../../access/media'
import { readMedia } from '../../access/public-media'
import { isStaff, isStaffField, nobody } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { ACCEPTED_TYPES } from '../../lib/media-files/sanitise-upload'
import { serveMediaFile } from '../../lib/media-files/serve-file'
import { mediaDir } from '../../lib/paths'
import { revalidateCollection } from '../hooks/revalidate'
import { auditMediaReplaced } from './hooks/audit-media'
import { recordUploader } from './hooks/record-uploader'
import { refuseDeleteInUse } from './hooks/refuse-delete-in-use'
import { sanitiseFile } from './hooks/sanitise-file'

const mediaCache = revalidateCollection(TAGS.media)

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media file', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Newsroom' },
  hooks: {
    afterChange: [auditMediaReplaced, ...mediaCache.afterChange],
    afterDelete: mediaCache.afterDelete,
    beforeOperation: [sanitiseFile],
    beforeChange: [recordUploader],
    beforeDelete: [refuseDeleteInUse],
  },
  access: { read: readMedia, create: isStaff, update: canChangeMedia, delete: canChangeMedia },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: Object.keys(ACCEPTED_TYPES),
    // Originals stay untouched for print-quality downloads; sizes are made for the web.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Files go out as a static file server sends them (validators, Cache-Control, 304), from disk or the bucket.
    // (Payload's type wants a Response or nothing at all; it reads no answer as "not mine" either way.)
    handlers: [(req, { params }) => serveMediaFile(req, params.filename) as Promise<Response>],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Describes the image for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
    {
      name: 'credit',
      type: 'text',
      maxLength: 120,
      admin: { description: 'Photographer or owner, e.g. "Jo Bloggs / University of Harrowmere".' },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
