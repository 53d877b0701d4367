import { CLIENT_HEADER } from '../../server/client-address.mjs'

export { CLIENT_HEADER }

/**
 * The address the form limits count: decided once per request by the server in front of Next, which believes
 * X-Forwarded-For only from TRUSTED_PROXIES. Without that server (a bare `next start`) every visitor counts as one,
 * which errs on the side of limiting.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  return headers.get(CLIENT_HEADER)?.trim() || 'unknown'
}
