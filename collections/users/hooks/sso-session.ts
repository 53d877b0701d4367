import type { CollectionAfterLogoutHook, CollectionBeforeLoginHook } from 'payload'
import { ClientError } from '../../../lib/api/client-error'
import { clearCookie, SESSION_COOKIE } from '../../../lib/sso/cookies'

/** An account with no access signs in by no route: a password is refused like single sign-on is. */
export const refuseWithoutAccess: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { access?: string }).access === 'none')
    throw new ClientError('This account has no access to the newsroom. Ask an administrator to grant you access.', 403)
  return user
}

/**
 * Signing out ends single sign-on sessions too (Payload clears only its own cookie): this browser's cookie goes, and
 * the account's sign-out count moves, so a copy of the cookie elsewhere is worth nothing either.
 */
export const endSsoSession: CollectionAfterLogoutHook = async ({ req }) => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', clearCookie(SESSION_COOKIE, '/'))
  const user = req.user as { id?: number; ssoEpoch?: number | null; _strategy?: string } | null
  if (user?.id !== undefined && user._strategy === 'sso')
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { ssoEpoch: (user.ssoEpoch ?? 0) + 1 },
      req,
    })
}
