import * as oidc from 'openid-client'
import type { SsoSettings } from './settings'

// The provider's metadata and keys, fetched once per process (and again after a failure).
let discovered: { issuer: string; config: Promise<oidc.Configuration> } | undefined

// Plain http only for a provider on this machine (a test or development provider); a real one is https.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

function configuration(settings: SsoSettings): Promise<oidc.Configuration> {
  const issuer = settings.issuer.toString()
  if (discovered?.issuer !== issuer) {
    const insecure = settings.issuer.protocol === 'http:' && LOOPBACK.has(settings.issuer.hostname)
    const config = oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        // The ID token's signature is checked against the issuer's published keys too, not only trusted because it
        // came over the token endpoint's connection: a token altered on its way is refused.
        execute: [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])],
        timeout: 10,
      })
      .catch((error) => {
        discovered = undefined
        throw error
      })
    discovered = { issuer, config }
  }
  return discovered.config
}

export type Begun = { url: URL; state: string; nonce: string; verifier: string }

/** Where to send the browser to sign in: authorization code with PKCE (S256), a fresh state and nonce. */
export async function beginSignIn(settings: SsoSettings): Promise<Begun> {
  const config = await configuration(settings)
  const [state, nonce, verifier] = [oidc.randomState(), oidc.randomNonce(), oidc.randomPKCECodeVerifier()]
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: settings.scopes,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  return { url, state, nonce, verifier }
}

/**
 * The provider's answer checked as the standard asks (openid-client): the state this browser was given, the code
 * exchanged with its PKCE verifier, and an ID token signed by the issuer's keys, for this client, with this nonce,
 * unexpired. Answers its claims; throws with the reason otherwise.
 */
export async function finishSignIn(
  settings: SsoSettings,
  answer: URL,
  expected: { state: string; nonce: string; verifier: string },
) {
  const config = await configuration(settings)
  const tokens = await oidc.authorizationCodeGrant(config, answer, {
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    pkceCodeVerifier: expected.verifier,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  if (!claims) throw new Error('the provider sent no ID token')
  return claims as Record<string, unknown>
}
