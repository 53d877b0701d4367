import type { CollectionConfig } from 'payload'
import { TAGS } from '../../lib/data/tags'
import { revalidateCollection } from '../hooks/revalidate'
import { readMedia } from '../../access/public-media'
import { isEditor, isStaff } from '../../access/roles'
import { mediaDir } from '../../lib/paths'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Medium', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Newsroom' },
  hooks: revalidateCollection(TAGS.media),
  access: { read: readMedia, create: isStaff, update: isStaff, delete: isEditor },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'],
    // Originals stay untouched for print-quality downloads; sizes are made for the web.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 432, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
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
    { name: 'credit', type: 'text', maxLength: 120, admin: { description: 'Photographer or owner, e.g. "Jo Bloggs / University of Harrowmere".' } },
  ],
}
