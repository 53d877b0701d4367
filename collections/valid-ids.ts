import { NotFound, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

// Ids are PostgreSQL integers: anything else can name no document, and passed on it fails in the database (a 500).
const MAX_ID = 2_147_483_647
const isId = (id: unknown) => (typeof id === 'number' || (typeof id === 'string' && /^\d{1,10}$/.test(id))) && Number(id) >= 1 && Number(id) <= MAX_ID

const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && !isId(id)) throw new NotFound(req.t)
  return args
}

/** `/api/releases/abc` (REST, GraphQL or Local API) is a 404, like any id that names nothing. */
export const withIdCheck = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: { ...config.hooks, beforeOperation: [rejectMalformedId, ...(config.hooks?.beforeOperation ?? [])] },
})
