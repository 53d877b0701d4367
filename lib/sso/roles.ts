import type { Role } from '../../access/roles'

// Highest first: someone in the editors' and the admins' groups is an admin.
const RANK: Role[] = ['admin', 'editor', 'contributor']

export type RoleGroups = Partial<Record<Role, string[]>>

/**
 * OIDC_ROLE_GROUPS as written in the environment: `admin=<group>;editor=<group>|<group>;contributor=<group>`. Group
 * names or ids are compared exactly (Entra ID sends object ids, Keycloak paths like /press-office/editors).
 */
export function parseRoleGroups(text: string): RoleGroups {
  const mapping: RoleGroups = {}
  for (const part of text.split(';')) {
    if (!part.trim()) continue
    const at = part.indexOf('=')
    const role = part.slice(0, at).trim() as Role
    if (at < 1 || !RANK.includes(role))
      throw new Error(`"${part.trim()}" is not role=group (admin, editor, contributor)`)
    const groups = part
      .slice(at + 1)
      .split('|')
      .map((g) => g.trim())
      .filter(Boolean)
    if (!groups.length) throw new Error(`no group given for ${role}`)
    mapping[role] = [...(mapping[role] ?? []), ...groups]
  }
  return mapping
}

/** The role the provider's groups give, the highest that matches; null when none does (no access). */
export function roleFromGroups(groups: unknown, mapping: RoleGroups): Role | null {
  const held = new Set(
    (Array.isArray(groups) ? groups : typeof groups === 'string' ? [groups] : []).filter(
      (g): g is string => typeof g === 'string',
    ),
  )
  return RANK.find((role) => (mapping[role] ?? []).some((g) => held.has(g))) ?? null
}

/** Whether the email's domain is one the organisation allows (compared case-insensitively, whole domain). */
export function allowedEmail(email: string, domains: string[]): boolean {
  const at = email.lastIndexOf('@')
  if (at < 1) return false
  const domain = email.slice(at + 1).toLowerCase()
  return domains.some((d) => d.toLowerCase() === domain)
}
