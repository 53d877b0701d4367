// Works around: Payload saves (drafts without validation) whatever ids it is given, so a deleted reference or an
// unstorable value reached PostgreSQL as a 500; this wrapper turns them into field errors.
import {
  ValidationError,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type GlobalConfig,
  type PayloadRequest,
  type Validate,
} from 'payload'
import { relationship, upload } from 'payload/shared'
import { unstorableValues } from './storable-values'

const MISSING = 'Something chosen here no longer exists (it may have been deleted). Choose again.'
type Reference = { path: string; collection: string; ids: number[] }

const idOf = (ref: unknown): unknown => (typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref)
const idsIn = (value: unknown): number[] => {
  const refs = Array.isArray(value) ? value : value == null ? [] : [value]
  const ids = refs.map(idOf).filter((id) => typeof id === 'number' || (typeof id === 'string' && /^\d{1,10}$/.test(id)))
  return [...new Set(ids.map(Number))]
}

/** Every single-collection upload or relationship value in `data`, with its field path. */
function referencesIn(fields: Field[], data: Record<string, unknown> | undefined, prefix = ''): Reference[] {
  if (!data) return []
  return fields.flatMap((field): Reference[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? referencesIn(tab.fields, data[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`)
          : referencesIn(tab.fields, data, prefix),
      )
    }
    if (field.type === 'group' && 'name' in field && field.name)
      return referencesIn(field.fields, data[field.name] as Record<string, unknown>, `${prefix}${field.name}.`)
    if ((field.type === 'row' || field.type === 'collapsible' || field.type === 'group') && 'fields' in field)
      return referencesIn(field.fields, data, prefix)
    if (
      (field.type === 'upload' || field.type === 'relationship') &&
      typeof field.relationTo === 'string' &&
      !field.virtual
    ) {
      const ids = idsIn(data[field.name])
      return ids.length ? [{ path: `${prefix}${field.name}`, collection: field.relationTo, ids }] : []
    }
    return []
  })
}

/**
 * Payload checks that a chosen id looks like an id, not that the document exists (and skips field validation for
 * drafts altogether); PostgreSQL then refuses the foreign key and the save ends in a 500. Before any save, draft or
 * not, this asks whether everything referred to still exists, and answers a field error naming what does not.
 */
async function assertReferencesExist(
  fields: Field[],
  data: Record<string, unknown>,
  req: PayloadRequest,
  owner: { collection?: string; global?: string },
) {
  const unstorable = unstorableValues(fields, data)
  if (unstorable.length) throw new ValidationError({ ...owner, errors: unstorable, req })
  const references = referencesIn(fields, data)
  const wanted = new Map<string, Set<number>>()
  for (const ref of references)
    for (const id of ref.ids) wanted.set(ref.collection, (wanted.get(ref.collection) ?? new Set()).add(id))
  const existing = new Map<string, Set<number>>()
  for (const [collection, ids] of wanted) {
    const { docs } = await req.payload.db.find<{ id: number }>({
      collection: collection as CollectionSlug,
      where: { id: { in: [...ids] } },
      limit: 0,
      pagination: false,
      select: { id: true },
      req,
    })
    existing.set(collection, new Set(docs.map((d) => Number(d.id))))
  }
  const errors = references
    .filter((ref) => ref.ids.some((id) => !existing.get(ref.collection)?.has(id)))
    .map((ref) => ({ path: ref.path, message: MISSING }))
  if (errors.length) throw new ValidationError({ ...owner, errors, req })
}

// A field's own check replaces Payload's (required, id format), so both run: Payload's first, then the field's.
function withDefaultChecks(field: Field): Field {
  if ((field.type === 'upload' || field.type === 'relationship') && field.validate) {
    const checks = [field.type === 'upload' ? upload : relationship, field.validate] as Validate[]
    const validate: Validate = async (value, options) => {
      for (const check of checks) {
        const result = await check(value, options)
        if (result !== true) return result
      }
      return true
    }
    return { ...field, validate } as Field
  }
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDefaultChecks) })) }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(withDefaultChecks) } as Field
  return field
}

/** Payload's checks for every reference field, and the existence check before every save of a collection or global. */
export function withReferenceChecks<T extends CollectionConfig | GlobalConfig>(
  config: T,
  owner: 'collection' | 'global' = 'collection',
): T {
  // Payload adds its timestamps after this wrapper sees the config, and stores whatever a request sends for them.
  const timestamps: Field[] =
    'timestamps' in config && config.timestamps === false
      ? []
      : [
          { name: 'createdAt', type: 'date' },
          { name: 'updatedAt', type: 'date' },
        ]
  const fields = [...config.fields, ...timestamps]
  const check = async ({ data, req }: { data: Record<string, unknown>; req: PayloadRequest }) => {
    await assertReferencesExist(fields, data, req, { [owner]: config.slug })
    return data
  }
  return {
    ...config,
    fields: config.fields.map(withDefaultChecks),
    hooks: { ...config.hooks, beforeChange: [check, ...(config.hooks?.beforeChange ?? [])] },
  } as T
}
