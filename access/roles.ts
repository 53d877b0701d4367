import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type WithUser = { req: PayloadRequest }
export const roleOf = ({ req }: WithUser): Role | undefined => (req.user as { role?: Role } | null)?.role

export const isAdmin: Access = (args) => roleOf(args) === 'admin'
export const isEditor: Access = (args) => ['admin', 'editor'].includes(roleOf(args) ?? '')
export const isStaff: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

export const isAdminField: FieldAccess = (args) => roleOf(args) === 'admin'
export const isStaffField: FieldAccess = ({ req }) => Boolean(req.user)
export const isEditorField: FieldAccess = (args) => ['admin', 'editor'].includes(roleOf(args) ?? '')

/** Admins see everyone; anyone else only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if ((req.user as { role?: Role }).role === 'admin') return true
  return { id: { equals: req.user.id } }
}

/** For Payload's job endpoints (run, cancel), which take a request rather than access arguments. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }) => roleOf({ req }) === 'admin'
