// Works around: Payload lets an anonymous caller sort and filter by a field of another document (`related.title`),
// which orders or filters public releases by what the caller may not read. The paths are read as Payload's query
// builders read them (@payloadcms/drizzle parseParams and buildOrderBy, payload's validateQueryPaths and
// sanitizeSortParams), and wider where they are unsure: `__` is a dot, `and`/`or` in any letter case, a `contains`
// with a nested where reaches into the related document, a comma separates sorts, a leading `-` is the direction.
import type { FlattenedField, Where } from 'payload'

const RELATIONAL = new Set(['relationship', 'upload', 'join'])
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** A path's segments as Payload walks them: `__` and `.` both separate, and empty segments name nothing. */
const segmentsOf = (path: string) =>
  path
    .replace(/__/g, '.')
    .split('.')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * Whether a sort or where path reaches through a relationship into another document (`related.title`,
 * `related__title`, `heroImage.filename`), or names a virtual field that stands for such a path.
 */
export function crossesRelationship(fields: FlattenedField[], path: string): boolean {
  const [name, ...rest] = segmentsOf(path)
  const field = fields.find((f) => f.name === name)
  if (!field) return false
  if ('virtual' in field && typeof field.virtual === 'string') return true
  if (!rest.length) return false
  if (RELATIONAL.has(field.type)) return true
  return 'flattenedFields' in field && Array.isArray(field.flattenedFields)
    ? crossesRelationship(field.flattenedFields, rest.join('.'))
    : false
}

/**
 * Every path a where clause compares, at any depth: `and`/`or` in any case, as arrays or as the objects `qs` makes
 * of arrays it will not build (more than its array limit), and the paths inside a `contains` that carries a nested
 * where, prefixed by the relationship they reach through.
 */
export function wherePaths(where: unknown): string[] {
  if (!isObject(where)) return []
  return Object.entries(where as Where).flatMap(([key, value]) => {
    const lower = key.trim().toLowerCase()
    if (lower === 'and' || lower === 'or')
      return Array.isArray(value)
        ? value.flatMap(wherePaths)
        : isObject(value)
          ? Object.values(value).flatMap(wherePaths)
          : []
    const nested = isObject(value)
      ? Object.values(value)
          .filter((operand) => isObject(operand) && !Array.isArray(operand))
          .flatMap((operand) => wherePaths(operand).map((inner) => `${key}.${inner}`))
      : []
    return [key, ...nested]
  })
}

/** Every path a sort names: a comma-separated string or an array of them, each with an optional leading `-`. */
export const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : [sort])
    .filter((s): s is string => typeof s === 'string')
    .flatMap((s) => s.split(','))
    .map((s) => s.trim().replace(/^-/, ''))
    .filter(Boolean)
