import { textAnd } from '../lib/field-validation'
import type { FieldHook, TextField } from 'payload'
import { SLUG_PATTERN, slugify } from '../lib/slug'

const fromTitle =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const title = data?.[source] ?? originalDoc?.[source]
    return typeof title === 'string' && title.trim() ? slugify(title) : value
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
    hooks: { beforeValidate: [fromTitle(source)] },
    validate: textAnd((value) =>
      value == null || value === '' || (typeof value === 'string' && SLUG_PATTERN.test(value))
        ? true
        : 'Use lower-case letters, numbers and single hyphens only (for example "new-library-opens").',
    ),
  }
}
