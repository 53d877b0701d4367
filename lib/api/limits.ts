import type { Line, LineRule } from './turns'

// The anonymous budget at the HTTP door, before Payload reads anything. Numbers, not settings: they bound what one
// request may cost, and a newsroom has no reason to tune them.
export const API_LIMITS = {
  /** JSON, form and GraphQL bodies from someone Payload does not take to be signed in (logins, resets, queries). */
  anonymousBodyBytes: 64 * 1024,
  /** JSON bodies from staff: a long release as Lexical JSON is a few hundred kilobytes. */
  staffJsonBytes: 4 * 1024 * 1024,
  /** Uploads from staff: print-quality photographs and PDFs. */
  staffUploadBytes: 50 * 1024 * 1024,
  /** GraphQL: top-level fields (aliases included), fields in all, nesting and aliases per document. */
  graphqlRootFields: 10,
  graphqlFields: 500,
  graphqlDepth: 10,
  graphqlAliases: 30,
  graphqlTokens: 5_000,
} as const

/**
 * Requests one server works on at once in each line (lib/api/turns.ts), how many may wait and for how long, and how
 * many places (at work or waiting) one client address may hold. Sign-in is its own line, so staff get in during an
 * anonymous flood; files have room for a page's pictures asked at once by readers behind one office network.
 */
export const LINES: Record<Line, LineRule> = {
  anonymous: { concurrent: 4, queue: 64, waitMs: 3_000, perClient: 8 },
  signIn: { concurrent: 2, queue: 32, waitMs: 5_000, perClient: 3 },
  files: { concurrent: 8, queue: 128, waitMs: 5_000, perClient: 32 },
}
