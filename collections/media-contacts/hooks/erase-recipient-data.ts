import type { CollectionBeforeDeleteHook } from 'payload'
import { eraseRecipient } from '../../../lib/db/distribution-recipients'
import { suppressIfOptedOut } from '../../../lib/distribution/suppression'

/**
 * Erasure: before the contact goes, their name and address leave every recipient list and preview link; the rows
 * stay as anonymous counts. (Before, not after: the database unlinks the rows from a deleted contact by itself.)
 * Someone who had said no leaves only a keyed hash of their address, so they are never added back by mistake.
 */
export const eraseRecipientData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const contact = await req.payload
    .findByID({ collection: 'media-contacts', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (contact) await suppressIfOptedOut(req.payload, contact)
  await eraseRecipient(req.payload, Number(id))
}
