import type { CollectionBeforeDeleteHook } from 'payload'
import { eraseRecipient } from '../../../lib/db/distribution-recipients'

/**
 * Erasure: before the contact goes, their name and address leave every recipient list and preview link; the rows
 * stay as anonymous counts. (Before, not after: the database unlinks the rows from a deleted contact by itself.)
 */
export const eraseRecipientData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await eraseRecipient(req.payload, Number(id))
}
