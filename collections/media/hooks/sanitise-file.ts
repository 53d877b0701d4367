import type { CollectionBeforeOperationHook } from 'payload'
import { sanitiseUpload, type UploadedFile } from '../../../lib/media-files/sanitise-upload'

/** Before Payload stores an uploaded file: its real type and name, and no location data (lib/media-files). */
export const sanitiseFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    req.file = (await sanitiseUpload(req.file as UploadedFile)) as typeof req.file
  }
  return args
}
