import type { CollectionConfig } from 'payload'
import { anyone, isEditor } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { slugField } from '../fields/slug'
import { revalidateCollection } from '../hooks/revalidate'
import { reindexOnRename } from './hooks/reindex-on-rename'

const revalidate = revalidateCollection(TAGS.topics)

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Newsroom' },
  defaultSort: 'name',
  hooks: { afterChange: [reindexOnRename, ...revalidate.afterChange], afterDelete: revalidate.afterDelete },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 500 },
  ],
}
