import type { AuthStrategy, Payload } from 'payload'
import { cookieValue, readSession, SESSION_COOKIE } from './cookies'
import { ssoSettings } from './settings'

/**
 * A session from single sign-on, as Payload's own auth reads it: every guard that asks Payload who is signed in
 * (lib/api/staff-user.ts) sees it too. Its cookie is read exactly as Payload reads its own (sessionCookieValue), so
 * it counts only from this site's pages, and it ends at its time (OIDC_SESSION_HOURS) or as soon as the
 * account has no access or signs out (anywhere).
 */
export const ssoStrategy: AuthStrategy = {
  name: 'sso',
  authenticate: async ({ headers, payload }) => {
    // Most requests carry no session: they cost one look at the Cookie header.
    const session = readSession(sessionCookieValue(headers, payload))
    if (!session || !ssoSettings()) return { user: null }
    const user = await payload
      .findByID({ collection: 'users', id: session.userId, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!user || user.access === 'none' || (user.ssoEpoch ?? 0) !== session.epoch) return { user: null }
    return { user: { ...user, collection: 'users', _strategy: 'sso' } }
  },
}

/**
 * The session cookie as Payload 3 reads its own token cookie (payload/dist/auth/extractJWT.js, and cookieValue):
 * with an Origin, only one on the CSRF
 * allow-list; without one, only a same-origin, same-site or typed-in (`none`) browser request. A request from
 * another site, or a client that says neither, is anonymous.
 */
export function sessionCookieValue(headers: Headers, payload: Payload): string | undefined {
  const value = cookieValue(headers.get('Cookie'), SESSION_COOKIE)
  if (!value) return undefined
  const csrf = payload.config.csrf
  const origin = headers.get('Origin')
  if (origin) return csrf.length === 0 || csrf.includes(origin) ? value : undefined
  if (csrf.length === 0) return value
  return ['same-origin', 'same-site', 'none'].includes(headers.get('Sec-Fetch-Site') ?? '') ? value : undefined
}
