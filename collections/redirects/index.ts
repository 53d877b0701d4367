import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { isEditor } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { normaliseOldAddress, validOldAddress, validTarget } from '../../lib/routes/old-address'
import { textAnd } from '../../lib/validation/field'
import { revalidateCollection } from '../hooks/revalidate'

const targetRequired: TextFieldSingleValidation = async (value, options) => {
  const base = await textAnd(validTarget)(value, options)
  if (base !== true) return base
  return value || (options.siblingData as { release?: unknown }).release
    ? true
    : 'Choose a release or enter an address to send visitors to.'
}

/** Old addresses that lead to a release or page here: an archive moved from a previous website keeps its links. */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'release', 'to', 'updatedAt'],
    group: 'Settings',
    description:
      'Old addresses, from a previous website or printed material, that should lead to a release or page here.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  hooks: revalidateCollection(TAGS.redirects),
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 500,
      hooks: { beforeValidate: [({ value }) => normaliseOldAddress(value)] },
      validate: textAnd(validOldAddress),
      admin: { description: 'The old address (a whole link may be pasted), e.g. /press/2019/05/new-library.html' },
    },
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'releases',
      admin: { description: 'The release it leads to. Visitors are only sent there while the release is public.' },
    },
    {
      name: 'to',
      type: 'text',
      maxLength: 1000,
      validate: targetRequired,
      admin: {
        description: 'Or any other address: a page here (/contacts) or elsewhere (https://…).',
        condition: (_, s) => !s?.release,
      },
    },
  ],
}
