/**
 * The address the rate limit counts. Behind a reverse proxy that appends the client's address to
 * X-Forwarded-For (nginx, Caddy, most load balancers), the last entry is the one the proxy saw; with no proxy,
 * Next fills the header from the connection. Only the rightmost entry is used: the ones before it are whatever
 * the client chose to send.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
