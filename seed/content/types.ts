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
  key: string; name: string; jobTitle: string; team: string; email: string; phone: string
  outOfHours: boolean; topics: string[]; order: number; isTeam: boolean
}
export type SeedRelease = {
  slug: string; title: string; summary: string
  releaseDate: string
  topics: string[]; contacts: string[]
  body: SeedBlock[]; notesToEditors: SeedInline[]
  related?: string[]
  image: { alt: string; caption: string; credit: string; hue: number; label: string }
  cta?: { label: string; url: string }
}
