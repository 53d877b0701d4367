import { randomBytes } from 'node:crypto'
import { sign, verify } from '../security/sign'

const PURPOSE = 'preview-link'

export const newPreviewKey = () => randomBytes(12).toString('base64url')

/** `/preview/<key>.<secret>`, the secret being the key signed: nothing secret is stored with the link. */
export function previewLinkPath(key: unknown): string | undefined {
  return typeof key === 'string' && key ? `/preview/${key}.${sign(PURPOSE, key)}` : undefined
}

/** The key of a well-formed, correctly signed token, else undefined. */
export function previewKeyOf(token: string): string | undefined {
  const parts = token.split('.')
  if (parts.length !== 2) return undefined
  const [key, secret] = parts
  if (!key || key.length > 40 || !/^[\w-]+$/.test(key)) return undefined
  return verify(PURPOSE, secret, key) ? key : undefined
}
