// Works around: Payload passes where values to PostgreSQL uncast, so a wrong type is a 500 (used by api-guards.ts).
import type { FlattenedField } from 'payload'

type Kind = 'id' | 'date' | 'number' | 'structured'

const isInt = (v: unknown) =>
  (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{1,10}$/.test(v.trim()))
const isDate = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number') && Number.isFinite(new Date(v).getTime())
const isNumber = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
type Checked = Exclude<Kind, 'structured'>
const CHECK: Record<Checked, (v: unknown) => boolean> = { id: isInt, date: isDate, number: isNumber }
const WHAT: Record<Checked, string> = { id: 'document ids (whole numbers)', date: 'dates', number: 'numbers' }
// Rich text and JSON are stored as JSON documents, which PostgreSQL cannot match as text: Payload's like and contains
// on one end in a database error.
const TEXT_MATCHING = new Set(['like', 'not_like', 'contains'])

/** What kind of value a where path compares, when it is one the database would refuse to cast. */
function kindOf(fields: FlattenedField[], path: string, hasVersions: boolean): Kind | undefined {
  // As Payload's query builder reads a path: `__` separates like a dot.
  const [name, ...rest] = path.replace(/__/g, '.').split('.')
  if (name === 'id' && !rest.length) return 'id'
  if (name === 'parent' && !rest.length && hasVersions && !fields.some((f) => f.name === 'parent')) return 'id'
  const field = fields.find((f) => f.name === name)
  if (!field) return undefined
  if (!rest.length) {
    if (field.type === 'richText' || field.type === 'json') return 'structured'
    if (field.type === 'date') return 'date'
    if (field.type === 'number') return 'number'
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return 'id'
    return undefined
  }
  if (rest.length === 1 && rest[0] === 'id' && (field.type === 'relationship' || field.type === 'upload')) return 'id'
  return 'flattenedFields' in field && Array.isArray(field.flattenedFields)
    ? kindOf(field.flattenedFields, rest.join('.'), false)
    : undefined
}

const listed = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

/**
 * The first comparison in a where clause whose value the database cannot read as the field's type
 * (`where[id][in]=../../etc/passwd`, a date of "2026-13-45"): Payload passes those on, and PostgreSQL's refusal
 * would be a 500. Undefined when every value fits.
 */
export function badWhereValue(fields: FlattenedField[], where: unknown, hasVersions: boolean): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, value] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(value)) {
      for (const part of value) {
        const problem = badWhereValue(fields, part, hasVersions)
        if (problem) return problem
      }
      continue
    }
    const kind = kindOf(fields, key, hasVersions)
    if (!kind || !value || typeof value !== 'object') continue
    for (const [operator, operand] of Object.entries(value)) {
      if (kind === 'structured') {
        if (TEXT_MATCHING.has(operator))
          return `"${key}" is formatted text and cannot be searched with "${operator}": search releases at /search.`
        continue
      }
      if (operator === 'exists' || operand === null || operand === undefined) continue
      const values = ['in', 'not_in', 'all'].includes(operator) ? listed(operand) : [operand]
      if (!values.every(CHECK[kind]))
        return `"${key}" compares ${WHAT[kind]}: "${String(operand).slice(0, 40)}" is not one.`
    }
  }
  return undefined
}
