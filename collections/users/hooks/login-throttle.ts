import { type AfterErrorHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { ClientError } from '../../../lib/api/client-error'
import { clientIp } from '../../../lib/enquiries/client-ip'
import { consumeRateLimit, peekRateLimit } from '../../../lib/enquiries/rate-limit'

// Per client address, beside Payload's per-account lockout: plenty for a person mistyping, too few for guessing.
export const FAILED_LOGIN_LIMIT = { limit: 20, windowMinutes: 15 }
// Password-reset emails asked for from one address: each one lands in someone's inbox.
export const RESET_LIMIT = { limit: 5, windowMinutes: 15 }

const ATTEMPT = 'pressOfficeLoginAttempt'
const tooMany = (minutes: number) =>
  new ClientError(`Too many attempts from your network. Please try again in ${minutes} minutes.`, 429)
const fromOutside = (req: PayloadRequest) => req.payloadAPI !== 'local'

/**
 * Sign-ins through the API (REST, GraphQL, the admin's form): a client address with too many recent failures is
 * answered 429 before any password is checked. Password resets are counted whether or not the address exists.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!fromOutside(req)) return args
  if (operation === 'login') {
    // Refused once the failures counted so far reach the limit (a peek passes while they are at most the limit).
    const check = await peekRateLimit(
      req.payload,
      clientIp(req.headers),
      { ...FAILED_LOGIN_LIMIT, limit: FAILED_LOGIN_LIMIT.limit - 1 },
      new Date(),
      'login-failures-ip',
    )
    if (!check.allowed) throw tooMany(check.retryAfterMinutes)
    req.context[ATTEMPT] = true
  }
  if (operation === 'forgotPassword') {
    const check = await consumeRateLimit(
      req.payload,
      clientIp(req.headers),
      RESET_LIMIT,
      new Date(),
      'password-reset-ip',
    )
    if (!check.allowed) throw tooMany(check.retryAfterMinutes)
  }
  return args
}

const failedLogin = (error: unknown) => {
  const e = error as { name?: string; originalError?: { name?: string } }
  return ['AuthenticationError', 'LockedAuth'].includes(e?.originalError?.name ?? e?.name ?? '')
}

/** Counts a failed sign-in against the client's address (a config-level hook, so GraphQL sign-ins count too). */
export const countFailedLogins: AfterErrorHook = async ({ error, req }) => {
  if (!req?.context?.[ATTEMPT] || !failedLogin(error)) return
  await consumeRateLimit(req.payload, clientIp(req.headers), FAILED_LOGIN_LIMIT, new Date(), 'login-failures-ip').catch(
    () => undefined,
  )
}
