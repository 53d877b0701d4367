import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { isEditorUser } from '../../../access/roles'
import { ClientError } from '../../../lib/api/client-error'

/**
 * The publishing gate: the one place that decides what a write may change about what the public sees. Access rules
 * say *whether* someone may write a release; this says *what* their write may do, for every way in (REST, GraphQL,
 * the Local API with a user, bulk updates, duplicate, version restore, autosave), because all of them pass through
 * Payload's operations and these two hooks.
 *
 * - Someone signed in who may not publish only ever writes drafts: Payload writes the live row whenever an update
 *   lacks `draft: true`, so the gate adds it; asking to publish is refused outright.
 * - They never set or clear an embargo, a feature, slug history or an approval: those keep the values they had.
 * - A duplicate, whoever makes it, is a new draft with none of the original's publication state.
 * - Authorship never moves after creation (a version restore would otherwise drop it).
 */

// Fields that decide whether, when and where the public sees a release, with their value on a new release.
export const EDITORIAL_FIELDS = { embargoUntil: null, featured: false, previousSlugs: [] as string[] } as const

// Set by the operation hook for the change hook, which Payload does not tell that it is making a copy.
const DUPLICATING = 'pressOfficeDuplicatingRelease'

const restricted = (req: PayloadRequest) => Boolean(req.user) && !isEditorUser(req.user)

type WriteArgs = { draft?: boolean; data?: Record<string, unknown> | null; duplicateFromID?: unknown }

export const gateReleaseOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const a = args as WriteArgs
  if (operation === 'create' && a.duplicateFromID !== undefined && a.duplicateFromID !== null) {
    req.context[DUPLICATING] = true
    a.draft = true
  }
  if (!restricted(req)) return args
  if (operation === 'create' || operation === 'update') {
    if (a.data && typeof a.data === 'object' && a.data._status === 'published') throw new Forbidden(req.t)
    a.draft = true
    if (a.data && typeof a.data === 'object') a.data = { ...a.data, _status: 'draft' }
  }
  // Payload reads the draft flag of a restore before this hook runs, so it cannot be added: only refused.
  if (operation === 'restoreVersion' && !a.draft) {
    throw new ClientError(
      'Only an editor can restore a version to the live release. Restore it as a draft instead.',
      403,
    )
  }
  return args
}

export const gateReleaseChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next: Record<string, unknown> = { ...data }
  if (operation === 'update' && originalDoc?.author) next.author = originalDoc.author
  const copying = operation === 'create' && context[DUPLICATING] === true
  if (copying) {
    Object.assign(next, EDITORIAL_FIELDS, {
      _status: 'draft',
      reviewStatus: 'draft',
      reviewComment: null,
      releaseDate: null,
    })
    if (req.user) next.author = req.user.id
  }
  if (restricted(req)) {
    next._status = 'draft'
    for (const [field, initial] of Object.entries(EDITORIAL_FIELDS)) {
      next[field] = operation === 'update' ? (originalDoc?.[field] ?? initial) : initial
    }
  }
  return next
}
