import type { Access, Where } from 'payload'
import { lockedUploadsOf } from '../lib/db/media-usage'
import { isEditorUser } from './roles'

/**
 * Editors change any file, since they decide what the public sees. A contributor manages only their own uploads, and
 * only until one is in a release sent for review, approved or published, or on a contact or expert: after that,
 * changing its picture, alt text or credit would change what an editor approved, a journalist's preview or a
 * public page (lib/db/media-usage.ts).
 */
export const canChangeMedia: Access = async ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!req.user) return false
  const locked = await lockedUploadsOf(req.payload, req.user.id)
  const mine: Where[] = [{ uploadedBy: { equals: req.user.id } }]
  if (locked.length) mine.push({ id: { not_in: locked } })
  return { and: mine }
}
