import type { Payload, PayloadRequest } from 'payload'
import { recordAudit } from '../audit/record'
import { open, seal } from './secret-box'
import { acceptedStep, enrolment, newRecoveryCodes, newSecret, recoveryHash } from './totp'

const TEN_MINUTES = 600_000

/** A new secret for this account, not yet kept: handed to the browser sealed, and kept only once a code proves it. */
export async function beginEnrolment(userId: number, email: string, now = Date.now()) {
  const secret = newSecret()
  const token = seal(JSON.stringify({ userId, secret, expires: now + TEN_MINUTES }))
  return { token, ...(await enrolment(secret, email)) }
}

/**
 * Keeps the secret once the authenticator's code matches it, with ten new recovery codes, answered once and kept
 * only as hashes. Null when the token is not this account's, has expired, or the code is wrong.
 */
export async function confirmEnrolment(
  req: PayloadRequest,
  userId: number,
  token: string,
  code: string,
  now = Date.now(),
) {
  const pending = JSON.parse(open(token) ?? 'null') as { userId: number; secret: string; expires: number } | null
  if (!pending || pending.userId !== userId || pending.expires < now) return null
  const step = acceptedStep(pending.secret, code, 0, now)
  if (step === null) return null
  const codes = newRecoveryCodes()
  await keepFactor(req.payload, userId, {
    totpSecret: seal(pending.secret),
    totpLastStep: step,
    recoveryCodes: codes.map(recoveryHash),
    secondFactorSince: new Date(now).toISOString(),
  })
  await recordAudit(req, {
    action: 'second-factor.enrolled',
    subject: { collection: 'users', id: userId },
    field: 'method',
    after: 'authenticator app',
  })
  return codes
}

/** Takes the account's second factor away (a lost phone): it sets one up again before its next password sign-in. */
export async function resetSecondFactor(req: PayloadRequest, userId: number) {
  await keepFactor(req.payload, userId, {
    totpSecret: null,
    totpLastStep: 0,
    recoveryCodes: null,
    secondFactorSince: null,
  })
  await recordAudit(req, {
    action: 'second-factor.reset',
    subject: { collection: 'users', id: userId },
    field: 'method',
    before: 'authenticator app',
  })
}

// Written as a row, past the fields' access (no route may write them) and the users hooks.
const keepFactor = (payload: Payload, id: number, data: Record<string, unknown>) =>
  payload.db.updateOne({ collection: 'users', id, data })
