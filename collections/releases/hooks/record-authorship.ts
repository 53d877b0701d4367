import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The author is whoever creates the release, and each save records who made it, so every version in the history
 * names its editor. Both fields refuse API input (field access), so a caller cannot claim someone else's work:
 * only this hook writes them. Without a signed-in user (seed, scripts) the data is kept as given.
 */
export const recordAuthorship: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (!req.user) return data
  const author = operation === 'create' ? { author: req.user.id } : {}
  return { ...data, ...author, lastEditedBy: req.user.id }
}
