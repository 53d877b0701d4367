import type { PayloadHandler, PayloadRequest } from 'payload'
import { isAdminRequest } from '../../access/roles'
import { beginEnrolment, confirmEnrolment, resetSecondFactor } from '../../lib/second-factor/enrol'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const me = (req: PayloadRequest) => req.user as { id: number; email: string } | null

/** POST /api/users/second-factor/begin: a QR code and secret for the signed-in account's authenticator app. */
export const beginEndpoint: PayloadHandler = async (req) => {
  const user = me(req)
  if (!user) return problem(401, 'Sign in to set up a second factor.')
  return Response.json(await beginEnrolment(user.id, user.email), { headers: { 'Cache-Control': 'no-store' } })
}

/** POST /api/users/second-factor/confirm {token, code}: kept once the app's code matches; the recovery codes, once. */
export const confirmEndpoint: PayloadHandler = async (req) => {
  const user = me(req)
  if (!user) return problem(401, 'Sign in to set up a second factor.')
  const body = (await req.json?.().catch(() => null)) as { token?: unknown; code?: unknown } | null
  if (typeof body?.token !== 'string' || typeof body.code !== 'string')
    return problem(400, 'Send the token you were given and the 6-digit code your app shows.')
  const codes = await confirmEnrolment(req, user.id, body.token, body.code)
  if (!codes)
    return problem(400, 'That code does not match, or the set-up expired: scan the new QR code and try again.')
  return Response.json({ recoveryCodes: codes }, { headers: { 'Cache-Control': 'no-store' } })
}

/** POST /api/users/:id/second-factor/reset: admins only, for someone who lost their phone and recovery codes. */
export const resetEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Sign in to reset a second factor.')
  if (!isAdminRequest({ req })) return problem(403, "Only admins can reset someone's second factor.")
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id < 1) return problem(404, 'No such account.')
  const found = await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })
  if (!found) return problem(404, 'No such account.')
  await resetSecondFactor(req, id)
  return Response.json({ message: 'The second factor was reset.' })
}
