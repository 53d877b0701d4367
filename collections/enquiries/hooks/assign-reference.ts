import type { CollectionBeforeChangeHook } from 'payload'
import { nextReference } from '../../../lib/db/enquiry-references'

/** Every enquiry gets its reference when it is first saved, however it was created. */
export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation === 'create' && !data.reference) data.reference = await nextReference(req.payload)
  return data
}
