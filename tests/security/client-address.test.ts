import { describe, expect, it } from 'vitest'
import { CLIENT_HEADER, clientAddress, stampClientAddress, trustedProxies } from '../../server/client-address.mjs'

describe('the client address behind proxies', () => {
  it('believes no forwarded header by default', () => {
    const none = trustedProxies('')
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', '1.2.3.4, 5.6.7.8', none)).toBe('203.0.113.9')
  })

  it('reads past trusted proxies only, from the right', () => {
    const nginx = trustedProxies('127.0.0.1, 10.0.0.0/8')
    // Client -> CDN edge (10.1.2.3) -> nginx (127.0.0.1) -> app; whatever the client wrote first is ignored.
    expect(clientAddress('127.0.0.1', 'spoofed, 198.51.100.7, 10.1.2.3', nginx)).toBe('198.51.100.7')
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7', nginx)).toBe('198.51.100.7')
    // A proxy we do not run cannot vouch for anyone.
    expect(clientAddress('192.0.2.50', '198.51.100.7', nginx)).toBe('192.0.2.50')
    // Garbage in the header stops the walk at the last address we can trust to be real.
    expect(clientAddress('127.0.0.1', 'not-an-ip', nginx)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', '', nginx)).toBe('127.0.0.1')
  })

  it('understands IPv6 ranges and refuses nonsense settings', () => {
    const v6 = trustedProxies('fd00::/8')
    expect(clientAddress('fd00::1', '2001:db8::5', v6)).toBe('2001:db8::5')
    expect(() => trustedProxies('localhost')).toThrow(/TRUSTED_PROXIES/)
  })

  it('replaces whatever the client claimed before the app sees the request', () => {
    const req = {
      socket: { remoteAddress: '203.0.113.9' },
      headers: { 'x-forwarded-for': '1.1.1.1', [CLIENT_HEADER]: '1.1.1.1', 'x-real-ip': '1.1.1.1' } as Record<
        string,
        string | undefined
      >,
    }
    stampClientAddress(req, trustedProxies(''))
    expect(req.headers).toEqual({ 'x-forwarded-for': '203.0.113.9', [CLIENT_HEADER]: '203.0.113.9' })
  })
})
