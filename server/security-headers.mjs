// Security headers for every response: set by next.config.ts, and by this server on the answers it gives itself
// (server/pace-api.mjs). Static, so public pages stay cacheable: nothing in them differs per request (no nonces).
// Styles may be inline because React and Payload's admin set style attributes; `script-src` keeps 'unsafe-inline'
// only as the fallback for a bare `next start`: behind our server each page's inline scripts are named by hash
// instead (server/script-hashes.mjs). Everything else comes from this site only, with no third-party origin.
import { serverEnv } from './env.mjs'

const dev = serverEnv().NODE_ENV === 'development'

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The admin's live preview frames the site's own preview page; nobody else may frame anything.
  "frame-src 'self'",
  "frame-ancestors 'self'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers honour this only on https responses, and ignore it over http (RFC 6797), so it is safe everywhere:
  // a site served over https is then never reached over http again.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
]
