// May contain inline links written as [label](https://example.org/path) and **bold** text.
export type SeedInline = string
export type SeedBlock =
  | { type: 'p'; text: SeedInline }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'quote'; text: SeedInline }
  | { type: 'ul'; items: SeedInline[] }
  | { type: 'ol'; items: SeedInline[] }
export type SeedTopic = { slug: string; name: string; description: string }
export type SeedContact = {
  key: string
  name: string
  jobTitle: string
  team: string
  email: string
  phone: string
  outOfHours: boolean
  topics: string[] /* topic slugs */
  order: number
  isTeam: boolean
}
export type SeedRelease = {
  slug: string
  title: string
  summary: string /* standfirst, max 280 chars */
  releaseDate: string /* ISO UTC, e.g. '2025-03-12T09:00:00.000Z' */
  topics: string[] /* topic slugs, 1-2 */
  contacts: string[] /* contact keys, 1-2 */
  body: SeedBlock[]
  notesToEditors: SeedInline[] /* numbered points, 2-4 */
  related?: string[] /* slugs of other releases in this file, 0-2 */
  image: {
    alt: string
    caption: string
    credit: string
    hue: number /* 0-359, for a generated picture */
    label: string /* 1-3 words drawn on the picture */
  }
  cta?: { label: string; url: string }
  corrections?: Array<{ kind: 'correction' | 'update'; date: string /* ISO UTC */; note: string }>
}
