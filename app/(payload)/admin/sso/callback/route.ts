import { createLocalReq } from 'payload'
import { FAILED_LOGIN_LIMIT } from '@/collections/users/hooks/login-throttle'
import { recordAudit } from '@/lib/audit/record'
import { payload as getPayload } from '@/lib/data/payload'
import { clientIp } from '@/lib/enquiries/client-ip'
import { consumeRateLimit, peekRateLimit } from '@/lib/enquiries/rate-limit'
import { signInProblem } from '@/lib/sso/answer-page'
import { clearCookie, cookieValue, FLOW_COOKIE, readFlow, sessionCookie } from '@/lib/sso/cookies'
import { finishSignIn } from '@/lib/sso/provider'
import { ssoSettings } from '@/lib/sso/settings'
import { accountFor } from '@/lib/sso/sign-in'

export const dynamic = 'force-dynamic'

const TITLE = 'Sign-in refused'

/**
 * The provider sends the browser back here. The sign-in in progress is read from this browser's cookie and spent at
 * once, so an answer used twice (a replayed state or code) is refused; then the provider's answer is checked
 * (lib/sso/provider.ts), the account found or made (lib/sso/sign-in.ts), and a session of OIDC_SESSION_HOURS begun.
 * Every outcome goes on the audit trail.
 */
export async function GET(request: Request) {
  const settings = ssoSettings()
  if (!settings) return signInProblem(404, 'Single sign-on is not set up', 'Sign in with your email and password.')
  const payload = await getPayload()
  const req = await createLocalReq({ req: { headers: request.headers } }, payload)
  const spent = { 'Set-Cookie': clearCookie(FLOW_COOKIE, '/admin/sso') }
  // A refused sign-in counts against the client's address exactly as a wrong password does, so neither guessing nor
  // a flood of made-up answers (each of which would be an audit entry) goes on for long.
  const ip = clientIp(request.headers)
  const tooMany = (minutes: number) =>
    signInProblem(429, TITLE, `Too many failed sign-ins from your network. Try again in ${minutes} minutes.`, spent)
  const budget = await peekRateLimit(
    payload,
    ip,
    { ...FAILED_LOGIN_LIMIT, limit: FAILED_LOGIN_LIMIT.limit - 1 },
    new Date(),
    'login-failures-ip',
  )
  if (!budget.allowed) return tooMany(budget.retryAfterMinutes)
  const refuse = async (status: number, reason: string, email = '', userId?: number) => {
    const counted = await consumeRateLimit(payload, ip, FAILED_LOGIN_LIMIT, new Date(), 'login-failures-ip')
    if (!counted.allowed) return tooMany(counted.retryAfterMinutes)
    await recordAudit(
      req,
      {
        action: 'sign-in.failed',
        subject: userId ? { collection: 'users', id: userId, title: email } : undefined,
        field: 'method',
        after: `single sign-on: ${reason}`,
      },
      { actor: { label: email || '(unknown)' }, ownTransaction: true },
    ).catch((err) => payload.logger.error({ err, msg: 'A refused sign-in could not be put on the audit trail' }))
    return signInProblem(status, TITLE, reason, spent)
  }

  // Where the provider sent the browser, read against SITE_URL (the address the provider knows), not the proxy's.
  const answer = new URL(settings.redirectUri)
  answer.search = new URL(request.url).search
  const error = answer.searchParams.get('error')
  if (error)
    return refuse(
      403,
      `${settings.name} did not sign you in (${answer.searchParams.get('error_description') || error}).`,
    )
  const flow = readFlow(cookieValue(request.headers.get('cookie'), FLOW_COOKIE))
  if (!flow) return refuse(400, 'This sign-in has expired or was already used. Start again from the sign-in page.')

  let claims: Record<string, unknown>
  try {
    claims = await finishSignIn(settings, answer, flow)
  } catch (err) {
    payload.logger.info({ err, msg: 'A single sign-on answer was refused' })
    return refuse(
      400,
      `The answer from ${settings.name} could not be trusted (${(err as Error).message}). Start again.`,
    )
  }
  const outcome = await accountFor(payload, settings, claims, request.headers)
  if (outcome.kind === 'refused') return refuse(outcome.status, outcome.reason, outcome.email, outcome.user?.id)

  const { user } = outcome
  await recordAudit(
    req,
    {
      action: 'sign-in.succeeded',
      subject: { collection: 'users', id: user.id, title: user.email },
      field: 'method',
      after: `single sign-on (${user.role})`,
    },
    { actor: { id: user.id, label: user.email }, ownTransaction: true },
  )
  const headers = new Headers({ Location: '/admin', 'Cache-Control': 'no-store' })
  headers.append('Set-Cookie', spent['Set-Cookie'])
  headers.append('Set-Cookie', sessionCookie(user.id, user.ssoEpoch ?? 0, settings.sessionSeconds))
  return new Response(null, { status: 302, headers })
}
