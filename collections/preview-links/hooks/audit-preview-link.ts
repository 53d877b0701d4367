import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { recordAudit } from '../../../lib/audit/record'

type Link = { id: number; recipient?: string | null; revoked?: boolean | null; release?: unknown; expiresAt?: string }

const releaseId = (release: unknown) =>
  typeof release === 'object' && release ? (release as { id: unknown }).id : release
const subject = (link: Link) => ({ collection: 'preview-links', id: link.id, title: link.recipient })

/** A preview link made, or revoked (by its switch or by deleting it): who can read an embargoed release early. */
export const auditPreviewLink: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const link = doc as Link
  if (operation === 'create')
    await recordAudit(req, {
      action: 'preview-link.created',
      subject: subject(link),
      field: 'release',
      after: `release ${releaseId(link.release)}, until ${link.expiresAt ?? 'its default expiry'}`,
    })
  else if (link.revoked && !(previousDoc as Link | undefined)?.revoked)
    await recordAudit(req, { action: 'preview-link.revoked', subject: subject(link), field: 'revoked', after: 'yes' })
  return doc
}

export const auditPreviewLinkDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const link = doc as Link
  if (!link.revoked)
    await recordAudit(req, { action: 'preview-link.revoked', subject: subject(link), field: 'deleted', after: 'yes' })
  return doc
}
