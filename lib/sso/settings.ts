import { env } from '../env'
import { siteUrl } from '../routes/site-url'
import { parseRoleGroups, type RoleGroups } from './roles'

export type SsoSettings = {
  issuer: URL
  clientId: string
  clientSecret: string
  name: string
  scopes: string
  domains: string[]
  groupsClaim: string
  roles: RoleGroups
  sessionSeconds: number
  /** Where the provider sends the browser back: always from SITE_URL, so it is right behind a proxy. */
  redirectUri: string
}

export const CALLBACK_PATH = '/admin/sso/callback'
export const START_PATH = '/admin/sso'

/** Single sign-on as configured (lib/env.ts checks it is complete), or null when OIDC_ISSUER is not set. */
export function ssoSettings(): SsoSettings | null {
  const e = env()
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null
  return {
    issuer: new URL(e.OIDC_ISSUER),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    name: e.OIDC_NAME,
    scopes: e.OIDC_SCOPES,
    domains: e.OIDC_ALLOWED_DOMAINS,
    groupsClaim: e.OIDC_GROUPS_CLAIM,
    roles: parseRoleGroups(e.OIDC_ROLE_GROUPS ?? ''),
    sessionSeconds: Math.round(e.OIDC_SESSION_HOURS * 3600),
    redirectUri: new URL(CALLBACK_PATH, siteUrl()).toString(),
  }
}
