import { Forbidden, type CollectionBeforeOperationHook, type Where } from 'payload'
import { sanitiseUpload, type UploadedFile } from '../../../lib/media-files/sanitise-upload'

type WriteArgs = { id?: number | string; overrideAccess?: boolean }

/**
 * Before Payload stores an uploaded file: its real type and name, and no location data (lib/media-files). Decoding
 * a picture costs seconds for a crafted one, and this hook runs before Payload checks access, so the collection's
 * own access rule is asked first: someone who may not write here is refused before their file is read.
 */
export const sanitiseFile: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const { id, overrideAccess } = args as WriteArgs
  if (!overrideAccess) {
    const rule = collection.access[operation]
    const allowed = rule ? await rule({ req, id: typeof id === 'string' ? Number(id) : id }) : Boolean(req.user)
    if (!allowed) throw new Forbidden(req.t)
    if (typeof allowed === 'object' && operation === 'update' && id !== undefined) {
      const where: Where = { and: [allowed, { id: { equals: id } }] }
      const { totalDocs } = await req.payload.count({ collection: 'media', where, overrideAccess: true, req })
      if (!totalDocs) throw new Forbidden(req.t)
    }
  }
  req.file = (await sanitiseUpload(req.file as UploadedFile)) as typeof req.file
  return args
}
