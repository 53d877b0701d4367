import { sign, verify } from '../security/sign'

// A browser where someone has signed in before carries a signed note of it: their account id and the account's
// sign-in epoch. It opens nothing (it is not a session) and only lets that person past the per-account limit, so
// a guesser elsewhere cannot lock them out. An admin's unlock moves the epoch, which also forgets every note.
export const KNOWN_BROWSER_COOKIE = 'press-office-known'
const PURPOSE = 'known-browser'
const YEAR_SECONDS = 365 * 24 * 60 * 60

export function knownBrowserCookie(userId: number, epoch: number, secure: boolean): string {
  const value = `${userId}.${epoch}.${sign(PURPOSE, userId, epoch)}`
  return `${KNOWN_BROWSER_COOKIE}=${value}; Path=/api/users; Max-Age=${YEAR_SECONDS}; HttpOnly; SameSite=Lax${
    secure ? '; Secure' : ''
  }`
}

/** Whether the request comes from a browser where this account signed in since its last unlock. */
export function isKnownBrowser(headers: Headers, userId: number, epoch: number): boolean {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name !== KNOWN_BROWSER_COOKIE || !value) continue
    const [id, at, signature] = value.split('.')
    if (Number(id) === userId && Number(at) === epoch && verify(PURPOSE, signature, userId, epoch)) return true
  }
  return false
}
