import { NotFound, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

// Ids are PostgreSQL integers: anything else can name no document, and passed on it fails in the database (a 500).
const MAX_ID = 2_147_483_647
const isId = (id: unknown) => (typeof id === 'number' || (typeof id === 'string' && /^\d{1,10}$/.test(id))) && Number(id) >= 1 && Number(id) <= MAX_ID

// Pages an anonymous API client may ask for at once: the whole archive in one response is a denial of service.
export const PUBLIC_PAGE_LIMIT = 100

const guard: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const a = args as { id?: unknown; limit?: number; pagination?: boolean; currentDepth?: number }
  if (a.id !== undefined && a.id !== null && !isId(a.id)) throw new NotFound(req.t)
  // Our own server code reads through the Local API and may take everything; REST and GraphQL visitors may not.
  // Relationships populated inside a response (currentDepth set) are Payload's own batched reads: left whole.
  if (operation === 'read' && !req.user && req.payloadAPI !== 'local' && a.id === undefined && !a.currentDepth) {
    const limit = Number(a.limit)
    a.pagination = true
    a.limit = Number.isFinite(limit) && limit >= 1 ? Math.min(limit, PUBLIC_PAGE_LIMIT) : Math.min(10, PUBLIC_PAGE_LIMIT)
  }
  return args
}

/**
 * Every collection's API: `/api/releases/abc` (REST, GraphQL or Local API) is a 404 like any id that names nothing,
 * and anonymous REST and GraphQL lists come in pages of at most PUBLIC_PAGE_LIMIT.
 */
export const withApiGuards = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: { ...config.hooks, beforeOperation: [guard, ...(config.hooks?.beforeOperation ?? [])] },
})
