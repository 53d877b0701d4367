import type { CollectionBeforeDeleteHook } from 'payload'
import { ClientError } from '../../../lib/api/client-error'
import { usersOfMedia } from '../../../lib/db/media-usage'

/**
 * A file a release or a contact still shows is not deleted out from under it (the database would quietly empty the
 * hero, the download or the photo): the answer names what uses it, to be changed first.
 */
export const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const users = await usersOfMedia(req.payload, Number(id))
  if (!users.length) return
  const named = users
    .slice(0, 5)
    .map((u) => `${u.kind} "${u.title}"`)
    .join(', ')
  const more = users.length > 5 ? ` and ${users.length - 5} more` : ''
  throw new ClientError(`This file is still used by ${named}${more}. Remove it there first, then delete it.`, 409)
}
