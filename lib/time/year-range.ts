import type { Where } from 'payload'

/** Releases dated in a calendar year. New Year in London is midnight UTC (GMT in winter), so UTC bounds match. */
export function yearRange(year: number): Where {
  return {
    releaseDate: { greater_than_equal: `${year}-01-01T00:00:00.000Z`, less_than: `${year + 1}-01-01T00:00:00.000Z` },
  }
}
