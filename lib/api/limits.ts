// The anonymous budget at the HTTP door, before Payload reads anything. Numbers, not settings: they bound what one
// request may cost, and a newsroom has no reason to tune them.
export const API_LIMITS = {
  /** JSON, form and GraphQL bodies from someone not signed in (logins, password resets, queries). */
  anonymousBodyBytes: 64 * 1024,
  /** JSON bodies from staff: a long release as Lexical JSON is a few hundred kilobytes. */
  staffJsonBytes: 4 * 1024 * 1024,
  /** Uploads from staff: print-quality photographs and PDFs. */
  staffUploadBytes: 50 * 1024 * 1024,
  /** Anonymous API requests one server works on at once, and how many may wait for a turn, and for how long. */
  anonymousConcurrent: 4,
  anonymousQueue: 64,
  anonymousWaitMs: 3_000,
  /** GraphQL: top-level fields (aliases included), fields in all, nesting and aliases per document. */
  graphqlRootFields: 10,
  graphqlFields: 500,
  graphqlDepth: 10,
  graphqlAliases: 30,
  graphqlTokens: 5_000,
} as const
