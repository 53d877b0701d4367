import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'
import { SENDING_STATE } from './keep-status'

/** Once an editor has sent it (or set it to send), a distribution is a record of what went out, not a draft. */
export const onlyDrafts: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.status !== 'draft' && !req.context[SENDING_STATE]) {
    throw new APIError(
      'This distribution has been sent or is waiting to send: it can no longer be changed.',
      409,
      null,
      true,
    )
  }
  return data
}

export const onlyDraftsDeleted: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'distributions', id, depth: 0, overrideAccess: true, req })
  if (doc.status !== 'draft' && doc.status !== 'cancelled') {
    throw new APIError('A distribution that went out is kept as a record: it cannot be deleted.', 409, null, true)
  }
}
