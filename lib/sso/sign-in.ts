import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import type { User } from '../../payload-types'
import { allowedEmail, roleFromGroups } from './roles'
import type { SsoSettings } from './settings'

export type SsoOutcome =
  { kind: 'signed-in'; user: User } | { kind: 'refused'; status: number; reason: string; email?: string; user?: User }

const ACTOR = 'single sign-on'

/**
 * Who the provider's claims are here. The email must be verified and in an allowed domain. First sign-in makes the
 * account; every sign-in sets the role from the provider's groups for accounts whose access follows them, so
 * someone taken out of the group loses their access at their next sign-in. No matching group: no access (the
 * account is kept, for an admin to grant one by hand). Role changes go on the audit trail as the hooks record them.
 */
export async function accountFor(
  payload: Payload,
  settings: SsoSettings,
  claims: Record<string, unknown>,
  headers: Headers,
): Promise<SsoOutcome> {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!email)
    return { kind: 'refused', status: 403, reason: 'Your sign-in provider did not tell us your email address.' }
  if (claims.email_verified === false)
    return { kind: 'refused', status: 403, reason: 'Your email address is not verified by your provider.', email }
  if (!allowedEmail(email, settings.domains))
    return {
      kind: 'refused',
      status: 403,
      reason: `Accounts from ${email.slice(email.lastIndexOf('@') + 1)} cannot sign in to this newsroom.`,
      email,
    }
  const role = roleFromGroups(claims[settings.groupsClaim], settings.roles)
  const req = await createLocalReq({ context: { auditActor: ACTOR }, req: { headers } }, payload)
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, req })
  let user: User | undefined = docs[0]
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email
  if (!user) {
    user = await payload.create({
      collection: 'users',
      req,
      overrideAccess: true,
      // A password nobody knows: this account signs in through the provider.
      data: {
        email,
        name,
        password: randomBytes(32).toString('base64url'),
        role: role ?? 'contributor',
        access: role ? 'groups' : 'none',
      },
    })
  } else if ((user.access ?? 'granted') !== 'granted') {
    const data = role ? { role, access: 'groups' as const } : { access: 'none' as const }
    if (data.access !== user.access || (role && role !== user.role))
      user = await payload.update({ collection: 'users', id: user.id, data, req, overrideAccess: true })
  }
  if (user.access === 'none')
    return {
      kind: 'refused',
      status: 403,
      reason:
        'You signed in, but your account has no access to the newsroom yet. Ask the press office or IT to add you ' +
        'to the right group, or an administrator to grant you access.',
      email,
      user,
    }
  return { kind: 'signed-in', user }
}
