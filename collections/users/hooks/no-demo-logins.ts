import { AuthenticationError, type CollectionBeforeLoginHook } from 'payload'
import { env } from '../../../lib/env'
import { DEMO_USERS } from '../../../seed/demo-users'

const DEMO_EMAILS = new Set<string>(DEMO_USERS.map((u) => u.email))

/**
 * The demo accounts' password is printed in the README. Should one exist in a production database (a development
 * database promoted, a seed run by hand), it cannot sign in: the answer is the same as for a wrong password.
 */
export const noDemoLoginsInProduction: CollectionBeforeLoginHook = ({ req, user }) => {
  if (env().NODE_ENV === 'production' && DEMO_EMAILS.has(String(user.email).toLowerCase()))
    throw new AuthenticationError(req.t)
  return user
}
