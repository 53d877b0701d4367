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

/** Reads one cookie from a Cookie header, as browsers send it (the first of a repeated name wins). */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

export type Session = { userId: number; sessionId: string; expires: number }

/** A signed-in session by single sign-on: who, which session, until when (seconds); signed under PAYLOAD_SECRET. */
export function sessionCookie(userId: number, seconds: number, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + seconds
  const sessionId = randomBytes(12).toString('base64url')
  const value = `${userId}.${sessionId}.${expires}.${sign('sso-session', userId, sessionId, expires)}`
  return `${SESSION_COOKIE}=${value}; ${attributes('/', seconds)}`
}

export function readSession(value: string | undefined, now = Date.now()): Session | null {
  const [id, sessionId, exp, signature, extra] = (value ?? '').split('.')
  const [userId, expires] = [Number(id), Number(exp)]
  if (extra !== undefined || !Number.isSafeInteger(userId) || !Number.isSafeInteger(expires) || !sessionId) return null
  if (!verify('sso-session', signature, userId, sessionId, expires) || expires * 1000 <= now) return null
  return { userId, sessionId, expires }
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
