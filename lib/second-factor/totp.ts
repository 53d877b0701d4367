import { createHash, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'

const PERIOD = 30

export const newSecret = () => new Secret({ size: 20 }).base32

const totp = (secret: string, label = '') =>
  new TOTP({ issuer: 'Press Office', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret })

/** What an authenticator app scans: the otpauth:// address, as a QR code (SVG) and as text to type in. */
export async function enrolment(secret: string, email: string) {
  const uri = totp(secret, email).toString()
  return { uri, secret, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) }
}

/**
 * The time step a code belongs to, if it is right now or one step either side (clocks drift), and only if that step
 * is later than the last one used: a code is good once.
 */
export function acceptedStep(secret: string, code: string, lastStep: number, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 })
  if (delta === null) return null
  const step = Math.floor(now / 1000 / PERIOD) + delta
  return step > lastStep ? step : null
}

export const currentCode = (secret: string, now = Date.now()) => totp(secret).generate({ timestamp: now })

// Ten codes of 10 letters and digits (about 50 bits each), for a lost phone; kept as hashes, each good once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const chars = [...randomBytes(10)].map((b) => ALPHABET[b % ALPHABET.length]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
}

export const recoveryHash = (code: string) =>
  createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex')
