// Works around: Payload's loose validation of drafts (used by reference-checks.ts).
import type { Field } from 'payload'

export type Problem = { path: string; message: string }

const isDate = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number' || v instanceof Date) &&
  Number.isFinite(new Date(v).getTime()) &&
  Math.abs(new Date(v).getFullYear()) < 10_000
const isNumber = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number'
const optionValues = (field: Field) =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((o) => (typeof o === 'string' ? o : o.value))
    : []

function checkValue(field: Field, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const many = 'hasMany' in field && field.hasMany
  const values = many && Array.isArray(value) ? value : [value]
  if (many && !Array.isArray(value)) return 'Expected a list.'
  switch (field.type) {
    case 'date':
      return values.every(isDate) ? undefined : 'Enter a valid date and time.'
    case 'number':
      return values.every(isNumber) ? undefined : 'Enter a number.'
    case 'select':
    case 'radio':
      return values.every((v) => optionValues(field).includes(v as string)) ? undefined : 'Choose one of the options.'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'Tick or untick this box.'
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return values.every(isText) ? undefined : 'Enter text.'
    case 'richText':
      return typeof value === 'object' && !Array.isArray(value)
        ? undefined
        : 'This text could not be read. Copy it into the editor again.'
    default:
      return undefined
  }
}

/**
 * Values the database cannot store, found before it is asked to. Payload validates drafts only loosely (not at all
 * for a draft save), so a draft with `releaseDate: "soon"` or an unknown status reached PostgreSQL and ended in a
 * 500; this finds them, for drafts and everything else, so the answer is a 400 naming the field.
 */
export function unstorableValues(fields: Field[], data: Record<string, unknown> | undefined, prefix = ''): Problem[] {
  if (!data || typeof data !== 'object') return []
  return fields.flatMap((field): Problem[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? unstorableValues(tab.fields, data[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`)
          : unstorableValues(tab.fields, data, prefix),
      )
    }
    if (field.type === 'row' || field.type === 'collapsible') return unstorableValues(field.fields, data, prefix)
    if (field.type === 'group') {
      if (!('name' in field) || !field.name) return unstorableValues(field.fields, data, prefix)
      const value = data[field.name]
      if (value === undefined || value === null) return []
      if (typeof value !== 'object' || Array.isArray(value))
        return [{ path: `${prefix}${field.name}`, message: 'Expected a group of fields.' }]
      return unstorableValues(field.fields, value as Record<string, unknown>, `${prefix}${field.name}.`)
    }
    // A join is read from other documents, never stored here (its value comes back as { docs, hasNextPage }).
    if (field.type === 'join') return []
    if (!('name' in field) || !field.name || ('virtual' in field && field.virtual)) return []
    const message = checkValue(field, data[field.name])
    return message ? [{ path: `${prefix}${field.name}`, message }] : []
  })
}
