import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A release's preview links and its redirects from old addresses mean nothing without it: they go with it, in the
 * same transaction. (Left behind, a preview link's required release would be emptied by the database and the
 * delete would fail.) Enquiries about it and alerts already sent keep their history, detached.
 */
export const takeDependants: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'preview-links',
    where: { release: { equals: id } },
    overrideAccess: true,
    req,
  })
  await req.payload.delete({ collection: 'redirects', where: { release: { equals: id } }, overrideAccess: true, req })
}
