import type { CollectionConfig, Field, GlobalConfig, Validate } from 'payload'
import { relationship, upload } from 'payload/shared'

const MISSING = 'Something chosen here no longer exists (it may have been deleted). Choose again.'

const idOf = (ref: unknown): unknown => (typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref)
const idsIn = (value: unknown): number[] => {
  const refs = Array.isArray(value) ? value : value == null ? [] : [value]
  const ids = refs.map(idOf).filter((id) => typeof id === 'number' || (typeof id === 'string' && /^\d{1,12}$/.test(id)))
  return [...new Set(ids.map(Number))]
}

/**
 * Payload checks that a chosen id looks like an id, not that the document exists; PostgreSQL then refuses the
 * foreign key and the request ends in a 500. This runs Payload's check and the field's own, then asks whether the
 * chosen documents still exist, so a stale or mistyped reference is a field error with a message.
 */
function checked(field: Field): Field {
  if ((field.type === 'upload' || field.type === 'relationship') && typeof field.relationTo === 'string') {
    // A field's own check replaces Payload's, so both run here: Payload's (required, id format), then the field's.
    const checks = [field.type === 'upload' ? upload : relationship, field.validate].filter(Boolean) as Validate[]
    const collection = field.relationTo
    const validate: Validate = async (value, options) => {
      for (const check of checks) {
        const result = await check(value, options)
        if (result !== true) return result
      }
      const ids = idsIn(value)
      if (!ids.length || !options.req?.payload) return true
      const { totalDocs } = await options.req.payload.count({ collection, where: { id: { in: ids } }, overrideAccess: true, req: options.req })
      return totalDocs === ids.length ? true : MISSING
    }
    return { ...field, validate } as Field
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(checked) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(checked) } as Field
  return field
}

/** Adds the existence check to every single-collection upload and relationship field of a collection or global. */
export const withReferenceChecks = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({ ...config, fields: config.fields.map(checked) })
