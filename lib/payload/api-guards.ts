// Works around: Payload passes any id to PostgreSQL (a non-integer is a 500) and lets anonymous callers ask for any
// depth, page size and relationship-crossing query; these guards wrap every collection.
import { NotFound, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { ClientError } from '../api/client-error'
import { crossesRelationship, sortPaths, wherePaths } from './query-paths'
import { badWhereValue } from './where-values'

// Ids are PostgreSQL integers: anything else can name no document, and passed on it fails in the database (a 500).
const MAX_ID = 2_147_483_647
const isId = (id: unknown) =>
  (typeof id === 'number' || (typeof id === 'string' && /^\d{1,10}$/.test(id))) &&
  Number(id) >= 1 &&
  Number(id) <= MAX_ID

// The anonymous budget: pages an anonymous API client may ask for at once, and how deep relationships are filled in.
// The whole archive in one response, or each release with its related releases' related releases, is a denial of
// service; staff and the site's own server code are not limited.
export const PUBLIC_PAGE_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 2

type ReadArgs = {
  id?: unknown
  limit?: number
  pagination?: boolean
  currentDepth?: number
  depth?: number
  draft?: boolean
  sort?: unknown
  where?: unknown
}

const guard: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const a = args as ReadArgs
  if (a.id !== undefined && a.id !== null && !isId(a.id)) throw new NotFound(req.t)
  // Our own server code reads through the Local API and may take everything; REST and GraphQL visitors may not.
  // Relationships populated inside a response (currentDepth set) are Payload's own batched reads: left whole.
  if (req.payloadAPI === 'local' || a.currentDepth) return args
  // Anyone's where clause, read or bulk write: a value the database cannot cast is the caller's mistake, not a 500.
  const badValue = badWhereValue(collection.flattenedFields, a.where, Boolean(collection.versions))
  if (badValue) throw new ClientError(badValue)
  const reading = operation === 'read' || operation === 'count' || operation === 'readDistinct'
  if (!reading || req.user) return args
  if (Number(a.depth) > PUBLIC_MAX_DEPTH)
    throw new ClientError(`depth may be at most ${PUBLIC_MAX_DEPTH} without signing in.`)
  const crossing = [...sortPaths(a.sort), ...wherePaths(a.where)].find((path) =>
    crossesRelationship(collection.flattenedFields, path),
  )
  if (crossing)
    throw new ClientError(
      `"${crossing}" reaches into another document: sort and filter on this collection's own fields.`,
    )
  // Drafts are staff business: an anonymous ?draft=true reads what everyone reads.
  a.draft = false
  if (operation === 'read' && a.id === undefined) {
    const limit = Number(a.limit)
    a.pagination = true
    a.limit =
      Number.isFinite(limit) && limit >= 1 ? Math.min(limit, PUBLIC_PAGE_LIMIT) : Math.min(10, PUBLIC_PAGE_LIMIT)
  }
  return args
}

/**
 * Every collection's API: `/api/releases/abc` (REST, GraphQL or Local API) is a 404 like any id that names nothing,
 * and anonymous REST and GraphQL reads keep to the anonymous budget above.
 */
export const withApiGuards = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: { ...config.hooks, beforeOperation: [guard, ...(config.hooks?.beforeOperation ?? [])] },
})
