import type { CollectionAfterLogoutHook, CollectionBeforeLoginHook } from 'payload'
import { ClientError } from '../../../lib/api/client-error'
import { clearCookie, SESSION_COOKIE } from '../../../lib/sso/cookies'

/** An account with no access signs in by no route: a password is refused like single sign-on is. */
export const refuseWithoutAccess: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { access?: string }).access === 'none')
    throw new ClientError('This account has no access to the newsroom. Ask an administrator to grant you access.', 403)
  return user
}

/** Signing out ends a single sign-on session too (Payload clears only its own cookie). */
export const endSsoSession: CollectionAfterLogoutHook = ({ req }) => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', clearCookie(SESSION_COOKIE, '/'))
}
