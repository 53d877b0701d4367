import type { Release } from '../../payload-types'
import { formatEmbargo } from '../time/dates'

export const IMMEDIATE = 'FOR IMMEDIATE RELEASE'

/**
 * The line a release opens with, the same on every copy a journalist can hold (the preview page, its plain text,
 * PDF and press kit, and emails): "EMBARGOED UNTIL 00:01 GMT Tuesday 3 November 2026" while the release is not yet
 * public, dated by its embargo or, for a scheduled draft, its release date; "EMBARGOED: NOT FOR PUBLICATION" when no
 * time is set yet; and "FOR IMMEDIATE RELEASE" once the time has passed.
 */
export function statusLine(
  release: Partial<Pick<Release, 'embargoUntil' | 'releaseDate' | '_status'>>,
  now = Date.now(),
): string {
  const embargo = release.embargoUntil && new Date(release.embargoUntil).getTime() > now ? release.embargoUntil : null
  const scheduled =
    release._status === 'draft' && release.releaseDate && new Date(release.releaseDate).getTime() > now
      ? release.releaseDate
      : null
  const lifts = embargo ?? scheduled
  if (lifts) return `EMBARGOED UNTIL ${formatEmbargo(lifts).replace(',', '')}`
  // Public copies are read with a narrow select that may leave out _status: only a draft is said to be one.
  return release._status === 'draft' ? 'EMBARGOED: NOT FOR PUBLICATION' : IMMEDIATE
}
