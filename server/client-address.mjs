// Which address a request came from, trusting X-Forwarded-For only as far as it was written by proxies we run.
import { BlockList, isIP } from 'node:net'

/** A matcher for TRUSTED_PROXIES: comma-separated addresses and CIDR ranges, IPv4 or IPv6. Empty trusts nobody. */
export function trustedProxies(setting = '') {
  const list = new BlockList()
  let any = false
  for (const entry of setting
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split('/')
    const family = isIP(address)
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
    any = true
  }
  return (address) => {
    if (!any) return false
    const plain = unmapped(address)
    const family = isIP(plain)
    return family ? list.check(plain, family === 4 ? 'ipv4' : 'ipv6') : false
  }
}

// ::ffff:127.0.0.1 is how a dual-stack socket reports an IPv4 peer.
const unmapped = (address) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address)

/**
 * The client's address: the connection's own peer, unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For entries it appended are read from the right, past every trusted proxy, to the first address
 * that is not one. Entries further left were written by the client and are never believed.
 */
export function clientAddress(socketAddress, forwardedFor, isTrusted) {
  let address = unmapped(socketAddress || 'unknown')
  const chain = String(forwardedFor || '')
    .split(',')
    .map((s) => unmapped(s.trim()))
    .filter(Boolean)
  while (isTrusted(address) && chain.length) {
    const next = chain.pop()
    if (!isIP(next)) break
    address = next
  }
  return address
}

export const CLIENT_HEADER = 'x-press-office-client'

/**
 * Decides a request's client address and hands it to the app in a header nobody outside can set: any copy the
 * client sent is replaced, and X-Forwarded-For is reduced to that one address for Next and Payload.
 */
export function stampClientAddress(req, isTrusted) {
  const client = clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], isTrusted)
  req.headers[CLIENT_HEADER] = client
  req.headers['x-forwarded-for'] = client
  delete req.headers['x-real-ip']
  return client
}
