import type { Env } from '../env'

/**
 * Origins whose requests may use a staff member's session cookie (Payload's CSRF allow-list): the public address,
 * and in development the local server under either of its usual names. A cross-site form or script posting with
 * an editor's cookie is then treated as anonymous.
 */
export function trustedOrigins(env: Pick<Env, 'NODE_ENV' | 'SITE_URL' | 'PORT'>): string[] {
  const origins = new Set<string>()
  if (env.SITE_URL) origins.add(new URL(env.SITE_URL).origin)
  if (env.NODE_ENV !== 'production') {
    origins.add(`http://localhost:${env.PORT}`)
    origins.add(`http://127.0.0.1:${env.PORT}`)
  }
  return [...origins]
}

export const isHttpsSite = (env: Pick<Env, 'SITE_URL'>) => Boolean(env.SITE_URL?.startsWith('https://'))
