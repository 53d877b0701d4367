import type { AuthStrategy } from 'payload'
import { env } from '../env'
import { trustedOrigins } from '../security/origins'
import { cookieValue, readSession, SESSION_COOKIE } from './cookies'
import { ssoSettings } from './settings'

/**
 * A session from single sign-on, as Payload's own auth reads it: every guard that asks Payload who is signed in
 * (lib/api/staff-user.ts) sees it too. Like Payload's cookie, it counts only from this site's own origin (a form on
 * another site posting with it is anonymous), and it ends at its time (OIDC_SESSION_HOURS) or as soon as the
 * account has no access or signs out (anywhere).
 */
export const ssoStrategy: AuthStrategy = {
  name: 'sso',
  authenticate: async ({ headers, payload }) => {
    if (!ssoSettings()) return { user: null }
    const session = readSession(cookieValue(headers.get('cookie'), SESSION_COOKIE))
    if (!session) return { user: null }
    const origin = headers.get('origin')
    if (origin && !trustedOrigins(env()).includes(origin)) return { user: null }
    const user = await payload
      .findByID({ collection: 'users', id: session.userId, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!user || user.access === 'none' || (user.ssoEpoch ?? 0) !== session.epoch) return { user: null }
    return { user: { ...user, collection: 'users', _strategy: 'sso' } }
  },
}
