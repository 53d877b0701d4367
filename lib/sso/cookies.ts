import { randomBytes } from 'node:crypto'
import { env } from '../env'
import { isHttpsSite } from '../security/origins'
import { sign, verify } from '../security/sign'

// Both names carry "payload", so the server in front (server/credentials.mjs) treats them as credentials: a
// response to a request carrying one is never cached, nor answered from a cache.
export const SESSION_COOKIE = 'payload-sso'
export const FLOW_COOKIE = 'payload-sso-flow'
const FLOW_SECONDS = 600

const attributes = (path: string, maxAge: number) =>
  [`Path=${path}`, 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAge}`, ...(isHttpsSite(env()) ? ['Secure'] : [])].join(
    '; ',
  )

/**
 * One cookie from a Cookie header, read exactly as Payload 3 reads its own (payload/dist/utilities/parseCookies.js):
 * the last of a repeated name, URI-decoded, a value that cannot be decoded skipped.
 */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  let value: string | undefined
  for (const cookie of (header ?? '').split(';')) {
    const [key, ...rest] = cookie.split('=')
    if (key?.trim() !== name) continue
    try {
      value = decodeURI(rest.join('='))
    } catch {
      // Payload skips it, keeping what came before.
    }
  }
  return value
}

export type Session = { userId: number; sessionId: string; expires: number; epoch: number }

/**
 * A signed-in session by single sign-on: who, which session, until when (seconds), and the account's sign-out count
 * when it began (signing out moves it, which ends every session begun before); signed under PAYLOAD_SECRET.
 */
export function sessionCookie(userId: number, epoch: number, seconds: number, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + seconds
  const sessionId = randomBytes(12).toString('base64url')
  const value = `${userId}.${epoch}.${sessionId}.${expires}.${sign('sso-session', userId, epoch, sessionId, expires)}`
  return `${SESSION_COOKIE}=${value}; ${attributes('/', seconds)}`
}

export function readSession(value: string | undefined, now = Date.now()): Session | null {
  const [id, ep, sessionId, exp, signature, extra] = (value ?? '').split('.')
  const [userId, epoch, expires] = [Number(id), Number(ep), Number(exp)]
  if (extra !== undefined || ![userId, epoch, expires].every(Number.isSafeInteger) || !sessionId) return null
  if (!verify('sso-session', signature, userId, epoch, sessionId, expires) || expires * 1000 <= now) return null
  return { userId, sessionId, expires, epoch }
}

export type Flow = { state: string; nonce: string; verifier: string; expires: number }

/** The sign-in in progress, kept by the browser between leaving for the provider and coming back. */
export function flowCookie(flow: Omit<Flow, 'expires'>, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...flow, expires: Math.floor(now / 1000) + FLOW_SECONDS })).toString(
    'base64url',
  )
  return `${FLOW_COOKIE}=${body}.${sign('sso-flow', body)}; ${attributes('/admin/sso', FLOW_SECONDS)}`
}

export function readFlow(value: string | undefined, now = Date.now()): Flow | null {
  const [body, signature, extra] = (value ?? '').split('.')
  if (extra !== undefined || !body || !verify('sso-flow', signature, body)) return null
  try {
    const flow = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Flow
    return flow.expires * 1000 > now ? flow : null
  } catch {
    return null
  }
}

export const clearCookie = (name: string, path: string) => `${name}=; ${attributes(path, 0)}`
