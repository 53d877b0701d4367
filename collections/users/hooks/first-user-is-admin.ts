import type { CollectionBeforeChangeHook } from 'payload'

/** Whoever creates the very first account runs the newsroom, so they must be able to manage everyone else. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
