import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isEditorUser } from '../../../access/roles'
import { suppressionsOf } from '../../../lib/distribution/suppression'

/**
 * A new contact whose address was erased after they said no is refused, unless an editor adds them with consent
 * (they asked to be added again): the one way back, and a deliberate one.
 */
export const refuseSuppressed: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.email !== 'string') return data
  const reason = (await suppressionsOf(req.payload, [data.email])).get(data.email)
  if (!reason) return data
  if (data.lawfulBasis === 'consent' && isEditorUser(req.user)) return data
  throw new APIError(
    `This address asked not to get releases (${reason}). Only an editor can add it back, with consent as the basis.`,
    400,
    null,
    true,
  )
}
