import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../../../lib/audit/record'

type File = { id: number; filename?: string | null; alt?: string | null }

/** A file replaced under the same media document: every page that shows it now shows the new one. */
export const auditMediaReplaced: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const [now, was] = [doc as File, previousDoc as File | undefined]
  if (operation === 'update' && was?.filename && now.filename !== was.filename)
    await recordAudit(req, {
      action: 'media.replaced',
      subject: { collection: 'media', id: now.id, title: now.alt || now.filename },
      field: 'filename',
      before: was.filename,
      after: now.filename,
    })
  return doc
}
