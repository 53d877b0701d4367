import { sign, verify } from '../security/sign'

/**
 * Each recipient of a distribution gets links of their own: `<recipient>.<mac>`, signed per purpose, so a link
 * opens one recipient's preview or unsubscribes one recipient, and cannot be made for anyone else.
 */
export type RecipientPurpose = 'open' | 'unsubscribe'

export const recipientToken = (purpose: RecipientPurpose, id: number) =>
  `${id}.${sign('distribution-recipient', purpose, id)}`

/** The recipient a well-formed, correctly signed token names, else undefined. */
export function recipientOf(purpose: RecipientPurpose, token: unknown): number | undefined {
  if (typeof token !== 'string' || token.length > 120) return undefined
  const [idText, mac, ...rest] = token.split('.')
  const id = Number(idText)
  if (rest.length || !/^\d{1,10}$/.test(idText ?? '') || !Number.isSafeInteger(id) || id < 1) return undefined
  return verify('distribution-recipient', mac, purpose, id) ? id : undefined
}

/** The addresses in one recipient's email: their own link to the release, and to stop getting releases. */
export function recipientLinks(base: string, id: number) {
  const stop = encodeURIComponent(recipientToken('unsubscribe', id))
  return {
    open: `${base}/mail/open/${recipientToken('open', id)}`,
    oneClick: `${base}/mail/unsubscribe?token=${stop}`,
    unsubscribe: `${base}/mail/stop?token=${stop}`,
  }
}
