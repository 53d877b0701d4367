import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'
import { carriesCredentials } from '../../server/credentials.mjs'

export { carriesCredentials }

/**
 * Who Payload will take this request to be: its own auth strategies (session cookie with its CSRF rules, JWT and
 * Bearer headers, API keys, live sessions only) on these exact headers, so a guard in front of Payload can never
 * decide about a request that Payload then reads as someone else. Requests with nothing credential-like are
 * anonymous without asking, which keeps the database out of every anonymous request.
 */
export async function staffUser(payload: Payload, headers: Headers): Promise<TypedUser | null> {
  if (!carriesCredentials(headers, payload.config.cookiePrefix)) return null
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return user ?? null
}
