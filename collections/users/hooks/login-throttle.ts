import {
  type AfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { ClientError } from '../../../lib/api/client-error'
import { clientIp } from '../../../lib/enquiries/client-ip'
import { consumeRateLimit, peekRateLimit, type RateLimit } from '../../../lib/enquiries/rate-limit'
import { env } from '../../../lib/env'
import { isHttpsSite } from '../../../lib/security/origins'
import { isKnownBrowser, knownBrowserCookie } from '../../../lib/sign-in/known-browser'
import { passwordWork } from '../../../lib/sign-in/password-work'
import { auditFailedSignIn } from './audit-users'

// Per client address, whoever they try: plenty for a person mistyping, too few for guessing.
export const FAILED_LOGIN_LIMIT: RateLimit = { limit: 20, windowMinutes: 15 }
// Per account, from anywhere: past it, only a browser that signed in to this account before may try again, so a
// guesser spread over many addresses is stopped and the member of staff is not locked out (lib/sign-in).
export const ACCOUNT_FAILURE_LIMIT: RateLimit = { limit: 10, windowMinutes: 15 }
// Password-reset emails asked for from one address: each one lands in someone's inbox.
export const RESET_LIMIT: RateLimit = { limit: 5, windowMinutes: 15 }

type Attempt = { account?: string; email?: string; accountId?: number }
type Account = { id: number; signInEpoch?: number | null }
const ATTEMPT = 'pressOfficeLoginAttempt'
const tooMany = (minutes: number) =>
  new ClientError(`Too many attempts from your network. Please try again in ${minutes} minutes.`, 429)
const accountPaused = (minutes: number) =>
  new ClientError(
    'Too many failed sign-ins to this account. Sign in from a browser you have used for this account before, ' +
      `try again in ${minutes} minutes, or ask an administrator to unlock it.`,
    429,
  )
const fromOutside = (req: PayloadRequest) => req.payloadAPI !== 'local'
// Peeked limits refuse once the failures counted so far reach the limit.
const reached = (rule: RateLimit) => ({ ...rule, limit: rule.limit - 1 })

/**
 * Sign-ins through the API (REST, GraphQL, the admin's form): a client address with too many recent failures is
 * answered 429 before any password is checked, and so is an account with too many, unless this browser signed in to
 * it before. An address with no account costs the same password work as a wrong password. Password resets are
 * counted whether or not the address exists.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!fromOutside(req)) return args
  if (operation === 'login') {
    const ip = clientIp(req.headers)
    const byAddress = await peekRateLimit(req.payload, ip, reached(FAILED_LOGIN_LIMIT), new Date(), 'login-failures-ip')
    if (!byAddress.allowed) throw tooMany(byAddress.retryAfterMinutes)
    const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
    const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
    const attempt: Attempt = {}
    req.context[ATTEMPT] = attempt
    const account = email
      ? await req.payload.db.findOne<Account>({ collection: 'users', where: { email: { equals: email } }, req })
      : null
    // Counted by the address typed, known or not, so a paused account looks exactly like a made-up one that was
    // guessed at as often: the pause tells a guesser nothing about who is staff.
    attempt.account = `${email}:${account?.signInEpoch ?? 0}`
    attempt.email = email
    attempt.accountId = account?.id
    if (!account || !isKnownBrowser(req.headers, account.id, account.signInEpoch ?? 0)) {
      const byAccount = await peekRateLimit(
        req.payload,
        attempt.account,
        reached(ACCOUNT_FAILURE_LIMIT),
        new Date(),
        'login-failures-account',
      )
      if (!byAccount.allowed) throw accountPaused(byAccount.retryAfterMinutes)
    }
    // Payload answers at once that no account matched: the same password work first, so it takes as long.
    if (!account && typeof data.password === 'string' && data.password) await passwordWork(data.password)
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

/** A browser that signs in is remembered as this account's (lib/sign-in/known-browser.ts). */
export const rememberBrowser: CollectionAfterLoginHook = ({ req, user }) => {
  if (!fromOutside(req)) return user
  req.responseHeaders ??= new Headers()
  const account = user as unknown as Account
  req.responseHeaders.append('Set-Cookie', knownBrowserCookie(account.id, account.signInEpoch ?? 0, isHttpsSite(env())))
  return user
}

const failedLogin = (error: unknown) => {
  const e = error as { name?: string; originalError?: { name?: string } }
  return ['AuthenticationError', 'LockedAuth', 'SignInRefused'].includes(e?.originalError?.name ?? e?.name ?? '')
}

/**
 * Counts a failed sign-in against the client's address and the account tried (a config-level hook, so GraphQL
 * sign-ins count too).
 */
export const countFailedLogins: AfterErrorHook = async ({ error, req }) => {
  const attempt = req?.context?.[ATTEMPT] as Attempt | undefined
  if (!attempt || !failedLogin(error)) return
  const now = new Date()
  await consumeRateLimit(req.payload, clientIp(req.headers), FAILED_LOGIN_LIMIT, now, 'login-failures-ip').catch(
    () => undefined,
  )
  if (attempt.account)
    await consumeRateLimit(req.payload, attempt.account, ACCOUNT_FAILURE_LIMIT, now, 'login-failures-account').catch(
      () => undefined,
    )
  const account = attempt.accountId === undefined ? null : { id: attempt.accountId }
  await auditFailedSignIn(req, attempt.email ?? '', account, (error as Error)?.message).catch((err) =>
    req.payload.logger.error({ err, msg: 'A refused sign-in could not be put on the audit trail' }),
  )
}
