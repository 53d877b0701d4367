import { env } from '../env'

type Account = { email?: string | null; role?: string | null; secondFactorSince?: string | null }

const isBreakGlass = (user: Account) => env().BREAK_GLASS_ADMINS.includes(String(user.email ?? '').toLowerCase())

/** Whether this account may sign in with a password at all (LOCAL_SIGN_IN, BREAK_GLASS_ADMINS). */
export const passwordAllowed = (user: Account) =>
  env().LOCAL_SIGN_IN === 'everyone' || (isBreakGlass(user) && user.role === 'admin')

/** Whether a password sign-in must come with a code: break-glass admins always, anyone else once they set one up. */
export const secondFactorRequired = (user: Account) => isBreakGlass(user) || Boolean(user.secondFactorSince)
