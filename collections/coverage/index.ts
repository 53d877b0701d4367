import type { CollectionConfig } from 'payload'
import { isEditor, isStaff } from '../../access/roles'
import { UK_DATE } from '../fields/uk-date'
import { httpAddress } from './hooks/http-address'
import { pasteEndpoint } from './paste-endpoint'

/** What the media made of a release: one row per story, logged by hand or pasted as a list of addresses. */
export const Coverage: CollectionConfig = {
  slug: 'coverage',
  labels: { singular: 'Coverage', plural: 'Coverage' },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'outlet', 'release', 'date', 'reach'],
    listSearchableFields: ['headline', 'outlet', 'url'],
    group: 'Distribution',
    description: 'Stories the media ran from a release. Shown on the release\u2019s Figures tab and in What landed.',
    components: { beforeList: ['/components/admin/coverage-paste#CoveragePaste'] },
  },
  defaultSort: '-date',
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isEditor },
  endpoints: [{ path: '/paste', method: 'post', handler: pasteEndpoint }],
  fields: [
    { name: 'release', type: 'relationship', relationTo: 'releases', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'outlet', type: 'text', required: true, maxLength: 200 },
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: UK_DATE },
        },
      ],
    },
    { name: 'headline', type: 'text', maxLength: 300 },
    { name: 'url', label: 'Address', type: 'text', maxLength: 2000, validate: httpAddress },
    {
      name: 'reach',
      type: 'number',
      min: 0,
      admin: { description: 'Optional: readers, viewers or listeners, as the outlet reports them.' },
    },
  ],
  timestamps: true,
}
