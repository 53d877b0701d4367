// Providers that ignore dots in the part before the @, and the names one mailbox goes by.
const DOTLESS = new Set(['gmail.com', 'googlemail.com'])
const SAME_AS: Record<string, string> = { 'googlemail.com': 'gmail.com' }

/**
 * The inbox an address reaches, for counting emails sent to it: case and spaces ignored, a `+tag` dropped (every
 * large provider delivers name+anything@ to name@), dots dropped where the provider ignores them, a trailing dot
 * on the domain dropped. Only ever a key for limits: the address as typed is what is stored and written to.
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase()
  const at = address.lastIndexOf('@')
  if (at < 1) return address
  let local = address.slice(0, at).split('+')[0]
  let domain = address.slice(at + 1).replace(/\.+$/, '')
  domain = SAME_AS[domain] ?? domain
  if (DOTLESS.has(domain)) local = local.replace(/\./g, '')
  return `${local}@${domain}`
}
