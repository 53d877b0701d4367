import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { roleOf } from './roles'

const isEditorRole = (req: PayloadRequest) => ['admin', 'editor'].includes(roleOf({ req }) ?? '')

/**
 * Contributors draft; editors publish. Payload asks this same rule with `_status: 'published'` to decide whether to
 * show Publish and Schedule, so one function both hides the buttons and refuses the request from any API.
 */
export const canCreateRelease: Access = ({ req, data }) => {
  if (isEditorRole(req)) return true
  return roleOf({ req }) === 'contributor' && data?._status !== 'published'
}

/** Contributors may change only their own releases, and only as drafts. */
export const canUpdateRelease: Access = ({ req, data }) => {
  if (isEditorRole(req)) return true
  if (roleOf({ req }) !== 'contributor' || !req.user) return false
  if (data?._status === 'published') return false
  return { author: { equals: req.user.id } }
}

/** Embargo, featuring and the like are editorial decisions. */
export const editorsOnlyField: FieldAccess = ({ req }) => isEditorRole(req)
