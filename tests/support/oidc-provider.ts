import { createServer, request as forward, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export type Person = { email: string; name: string; groups: string[]; emailVerified?: boolean }

/**
 * A real OpenID provider (the `oidc-provider` package) for the tests, with people the test controls: change a
 * person's groups and their next sign-in sees it. It answers through a small proxy, which is also its issuer
 * address, so a test can have the token endpoint's ID token tampered with on its way to the app.
 */
export type TestProvider = {
  issuer: string
  clientId: string
  clientSecret: string
  people: Map<string, Person>
  /** While true, the payload of every ID token is altered (its signature no longer matches). */
  tamper: { on: boolean }
  stop: () => Promise<void>
}

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

function tamperIdToken(body: string): string {
  const answer = JSON.parse(body) as { id_token?: string }
  if (!answer.id_token) return body
  const [header, claims, signature] = answer.id_token.split('.')
  const altered = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), email: 'intruder@example.org' }
  answer.id_token = [header, Buffer.from(JSON.stringify(altered)).toString('base64url'), signature].join('.')
  return JSON.stringify(answer)
}

export async function startTestProvider(redirectUris: string[], port = 0): Promise<TestProvider> {
  const people = new Map<string, Person>()
  const tamper = { on: false }
  const clientId = 'press-office'
  const clientSecret = 'a-test-client-secret-that-is-long-enough-0123456789'
  // The proxy listens first: its address is the issuer the provider names.
  const proxy = createServer()
  const proxyPort = await listen(proxy, port)
  const issuer = `http://127.0.0.1:${proxyPort}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    // Email and groups in the ID token itself, as Entra ID and Keycloak send them.
    conformIdTokenClaims: false,
    cookies: { keys: ['a-test-cookie-key-0123456789'] },
    findAccount: async (_ctx, id) => {
      const person = people.get(id)
      if (!person) return undefined
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: person.email,
          email_verified: person.emailVerified ?? true,
          name: person.name,
          groups: person.groups,
        }),
      }
    },
    // No consent screen: the organisation's own app is trusted, as a real tenant would configure it.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session!.accountId! })
      grant.addOIDCScope('openid email profile groups')
      await grant.save()
      return grant
    },
  })
  const server = createServer(provider.callback())
  const providerPort = await listen(server, 0)
  proxy.on('request', (req, res) => {
    const upstream = forward(
      { host: '127.0.0.1', port: providerPort, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const isToken = req.url?.startsWith('/token') && tamper.on
        if (!isToken) {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('end', () => {
          const body = tamperIdToken(Buffer.concat(chunks).toString('utf8'))
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) }
          res.writeHead(answer.statusCode ?? 502, headers)
          res.end(body)
        })
      },
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  return {
    issuer,
    clientId,
    clientSecret,
    people,
    tamper,
    stop: async () => {
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => server.close(r))])
    },
  }
}
