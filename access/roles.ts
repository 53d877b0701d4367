import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type WithUser = { req: PayloadRequest }
const roleOfUser = (user: unknown): Role | undefined => (user as { role?: Role } | null | undefined)?.role ?? undefined
export const roleOf = ({ req }: WithUser): Role | undefined => roleOfUser(req.user)

/**
 * The one definition of "an editor": editors and admins decide what the public sees and when. Takes a user, so the
 * admin's conditions (which get a user, not a request) ask the same question as access rules and hooks.
 */
export const EDITOR_ROLES: Role[] = ['admin', 'editor']
export const isEditorUser = (user: unknown): boolean => EDITOR_ROLES.includes(roleOfUser(user) as Role)

export const isAdmin: Access = (args) => roleOf(args) === 'admin'
export const isEditor: Access = ({ req }) => isEditorUser(req.user)
export const isStaff: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

export const isAdminField: FieldAccess = (args) => roleOf(args) === 'admin'
export const isStaffField: FieldAccess = ({ req }) => Boolean(req.user)
export const isEditorField: FieldAccess = ({ req }) => isEditorUser(req.user)
export const nobody: FieldAccess = () => false

/** Admins see everyone; anyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf({ req }) === 'admin') return true
  return { id: { equals: req.user.id } }
}

/** Editors see their colleagues (who wrote a release, who it is assigned to); contributors only themselves. */
export const isEditorOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isEditorUser(req.user)) return true
  return { id: { equals: req.user.id } }
}

/** For Payload's job endpoints (run, cancel), which take a request rather than access arguments. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }) => roleOf({ req }) === 'admin'
