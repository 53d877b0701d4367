import type { Access, Where } from 'payload'

/**
 * The one rule for what the public may see of a release: published, and either never embargoed or past its
 * embargo. Everything public (pages, REST, GraphQL, feeds, sitemap, search, related stories) goes through it,
 * so the clock is read at query time and an embargo lifts without anyone touching the release.
 */
export function publicReleaseWhere(now: Date = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }] },
    ],
  }
}

export const readReleases: Access = ({ req }) => (req.user ? true : publicReleaseWhere())
