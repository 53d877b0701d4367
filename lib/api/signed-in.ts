import { jwtVerify } from 'jose'
import type { Payload } from 'payload'

const tokenFrom = (headers: Headers, cookieName: string): string | undefined => {
  const authorization = headers.get('authorization')
  const scheme = authorization?.match(/^(?:JWT|Bearer) (.+)$/)
  if (scheme) return scheme[1]
  const cookie = headers.get('cookie')
  if (!cookie) return undefined
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === cookieName) return value.join('=')
  }
  return undefined
}

/**
 * Whether a request carries a valid staff session, checked by signature alone (no database): enough to decide
 * which budget applies. Payload still authenticates the request properly, CSRF rules included, when it runs it.
 */
export async function hasValidSession(payload: Payload, headers: Headers): Promise<boolean> {
  const token = tokenFrom(headers, `${payload.config.cookiePrefix}-token`)
  if (!token || token.length > 4096) return false
  try {
    await jwtVerify(token, new TextEncoder().encode(payload.secret))
    return true
  } catch {
    return false
  }
}
