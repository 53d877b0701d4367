import type { Release } from '../../payload-types'

export type Correction = NonNullable<Release['corrections']>[number]
export type Amendment = { at: string; by: string; kind?: string | null; date?: string | null; note?: string | null }

export const KIND_LABEL: Record<string, string> = { correction: 'Correction', update: 'Update' }

/** A release's corrections and updates, oldest first, as the public reads them. */
export const correctionsOf = (release: Pick<Release, 'corrections'>): Correction[] =>
  [...(release.corrections ?? [])].filter((c) => c.date && c.note).sort((a, b) => a.date.localeCompare(b.date))

/** When the release last changed in substance: its latest correction or update, if any. */
export const lastUpdated = (release: Pick<Release, 'corrections'>): string | undefined =>
  correctionsOf(release).at(-1)?.date

export const amendmentsOf = (note: Correction): Amendment[] =>
  Array.isArray(note.amendments) ? (note.amendments as Amendment[]) : []
