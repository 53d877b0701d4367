import { randomBytes } from 'node:crypto'
import type { FieldHook, TextField } from 'payload'
import { SLUG_PATTERN, slugify } from '../../lib/routes/slug'
import { textAnd } from '../../lib/validation/field'

const fromTitle =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const title = data?.[source] ?? originalDoc?.[source]
    return typeof title === 'string' && title.trim() ? slugify(title) : value
  }

/**
 * A copy gets the first free `<slug>-copy`, `<slug>-copy-2`, ...: Payload's own suffix would collide on a second
 * copy.
 */
const freeCopySlug: FieldHook = async ({ value, req, collection }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  const base = `${value.slice(0, 100)}-copy`
  for (let n = 1; n <= 20; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as 'releases',
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (!totalDocs) return candidate
  }
  return `${base}-${randomBytes(3).toString('hex')}`
}

/** A unique, URL-safe slug generated from `source` unless the editor types one. */
export function slugField(source = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    maxLength: 120,
    admin: { position: 'sidebar', description: `Web address. Generated from the ${source}; edit to change.` },
    hooks: { beforeValidate: [fromTitle(source)], beforeDuplicate: [freeCopySlug] },
    validate: textAnd((value) =>
      value == null || value === '' || (typeof value === 'string' && SLUG_PATTERN.test(value))
        ? true
        : 'Use lower-case letters, numbers and single hyphens only (for example "new-library-opens").',
    ),
  }
}
