import type { Access, FieldAccess } from 'payload'
import { isEditorUser, roleOf } from './roles'

/**
 * Contributors draft; editors publish. Payload asks this same rule with `_status: 'published'` to decide whether to
 * show Publish and Schedule, so one function both hides the buttons and refuses the request from any API. What a
 * contributor's write may then change is the publishing gate's business (collections/releases/hooks/publishing-gate).
 */
export const canCreateRelease: Access = ({ req, data }) => {
  if (isEditorUser(req.user)) return true
  return roleOf({ req }) === 'contributor' && data?._status !== 'published'
}

/** Contributors may change only their own releases, and only as drafts. */
export const canUpdateRelease: Access = ({ req, data }) => {
  if (isEditorUser(req.user)) return true
  if (roleOf({ req }) !== 'contributor' || !req.user) return false
  if (data?._status === 'published') return false
  return { author: { equals: req.user.id } }
}

/** Embargo, featuring and the like are editorial decisions. */
export const editorsOnlyField: FieldAccess = ({ req }) => isEditorUser(req.user)

/** An import's fingerprint and report are written by the importer alone (lib/import), never by a request. */
export const madeByImport: FieldAccess = ({ req }) => req.context?.importing === true
