import { payload } from '@/lib/data/payload'
import { signInProblem } from '@/lib/sso/answer-page'
import { flowCookie } from '@/lib/sso/cookies'
import { beginSignIn } from '@/lib/sso/provider'
import { ssoSettings } from '@/lib/sso/settings'

export const dynamic = 'force-dynamic'

/** "Sign in with …": off to the organisation's provider, with this browser's state, nonce and PKCE verifier. */
export async function GET() {
  const settings = ssoSettings()
  if (!settings) return signInProblem(404, 'Single sign-on is not set up', 'Sign in with your email and password.')
  try {
    const { url, state, nonce, verifier } = await beginSignIn(settings)
    return new Response(null, {
      status: 302,
      headers: {
        Location: url.toString(),
        'Set-Cookie': flowCookie({ state, nonce, verifier }),
        'Cache-Control': 'no-store',
      },
    })
  } catch (error) {
    ;(await payload()).logger.error({ err: error, msg: 'The single sign-on provider could not be reached' })
    return signInProblem(
      503,
      'The sign-in provider cannot be reached',
      `${settings.name} did not answer. Try again in a moment; if it goes on, tell IT.`,
    )
  }
}
