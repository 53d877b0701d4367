import type { CollectionBeforeLoginHook, Payload, PayloadRequest } from 'payload'
import { ClientError } from '../api/client-error'
import { ssoSettings } from '../sso/settings'
import { passwordAllowed, secondFactorRequired } from './policy'
import { open } from './secret-box'
import { acceptedStep, recoveryHash } from './totp'

/** A password sign-in refused by policy or for its second factor: counted and audited like a wrong password. */
export class SignInRefused extends ClientError {
  constructor(message: string, status: number) {
    super(message, status)
    this.name = 'SignInRefused'
  }
}

export type Factors = {
  id: number
  email?: string | null
  role?: string | null
  secondFactorSince?: string | null
  totpSecret?: string | null
  totpLastStep?: number | null
  recoveryCodes?: string[] | null
}

// The second factor's fields are readable by no route (collections/users), so they are read here from the row.
export const factorsOf = (payload: Payload, id: number, req?: PayloadRequest) =>
  payload.db.findOne<Factors>({ collection: 'users', where: { id: { equals: id } }, req })

/**
 * After the password was right: is a password allowed for this account (LOCAL_SIGN_IN), and if it must use a
 * second factor, did the sign-in bring a code (`code` beside email and password) that is right now and unused, or
 * an unused recovery code? Each is spent once.
 */
export const checkPasswordSignIn: CollectionBeforeLoginHook = async ({ req, user }) => {
  const account = await factorsOf(req.payload, user.id as number, req)
  if (!account) return user
  if (!passwordAllowed(account))
    throw new SignInRefused(
      `Passwords are switched off here: sign in with ${ssoSettings()?.name ?? 'single sign-on'}.`,
      403,
    )
  if (!secondFactorRequired(account)) return user
  if (!account.totpSecret)
    throw new SignInRefused(
      'This account must use a second factor and has none set up: an administrator can set one up with ' +
        '`npm run second-factor -- enrol <email>`.',
      403,
    )
  const code = String((req.data as { code?: unknown } | undefined)?.code ?? '').trim()
  if (!code)
    throw new SignInRefused(
      'This account needs the code from its authenticator app: sign in on the break-glass page, /admin/break-glass.',
      401,
    )
  const secret = open(account.totpSecret)
  const step = secret ? acceptedStep(secret, code, account.totpLastStep ?? 0) : null
  if (step !== null) {
    await req.payload.db.updateOne({ collection: 'users', id: account.id, data: { totpLastStep: step }, req })
    req.context.secondFactor = 'authenticator code'
    return user
  }
  const unused = account.recoveryCodes ?? []
  const hash = recoveryHash(code)
  if (unused.includes(hash)) {
    const left = unused.filter((h) => h !== hash)
    await req.payload.db.updateOne({ collection: 'users', id: account.id, data: { recoveryCodes: left }, req })
    req.context.secondFactor = `recovery code (${left.length} left)`
    return user
  }
  throw new SignInRefused('That code is wrong or was already used.', 401)
}
