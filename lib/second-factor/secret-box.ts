import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { env } from '../env'

// A second factor's secret is kept encrypted (AES-256-GCM under a key derived from PAYLOAD_SECRET), so a copy of the
// database or a backup alone cannot make codes.
const key = () => {
  const secret = env().PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set: a second factor cannot be kept')
  return createHash('sha256').update(`press-office:second-factor:${secret}`).digest()
}

export function seal(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.')
}

export function open(sealed: string): string | null {
  try {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'))
    const decipher = createDecipheriv('aes-256-gcm', key(), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
