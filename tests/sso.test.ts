import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GET as callback } from '../app/(payload)/admin/sso/callback/route'
import { GET as start } from '../app/(payload)/admin/sso/route'
import { parseEnv } from '../lib/env'
import { cookieValue, FLOW_COOKIE, readFlow, readSession, SESSION_COOKIE, sessionCookie } from '../lib/sso/cookies'
import { allowedEmail, parseRoleGroups, roleFromGroups } from '../lib/sso/roles'
import { makeUser, TEST_PASSWORD, unique } from './support/factories'
import { startTestProvider, type TestProvider } from './support/oidc-provider'
import { testPayload } from './support/payload'

const SITE = 'http://127.0.0.1:3999'
let payload: Payload
let provider: TestProvider
const saved = { ...process.env }

beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
  provider = await startTestProvider([`${SITE}/admin/sso/callback`])
  Object.assign(process.env, {
    SITE_URL: SITE,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_NAME: 'Harrowmere IT',
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_ALLOWED_DOMAINS: 'harrowmere.ac.uk, staff.harrowmere.ac.uk',
    OIDC_ROLE_GROUPS: 'admin=press-admins;editor=press-editors|comms-leads;contributor=comms',
    OIDC_SESSION_HOURS: '8',
  })
})
afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  await provider?.stop()
})

/** A browser's cookie jar, for the provider's own pages. */
class Jar {
  private cookies = new Map<string, string>()
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1))
    }
  }
  header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
}

/**
 * As a browser does it: "Sign in with …", the provider's sign-in form as `person`, and back to the callback.
 * Answers the callback's URL and this browser's flow cookie, before the callback is asked.
 */
async function throughProvider(person: string) {
  const begun = await start()
  expect(begun.status).toBe(302)
  const flow = cookieValue(begun.headers.getSetCookie().join('; '), FLOW_COOKIE)!
  const jar = new Jar()
  let url = begun.headers.get('location')!
  for (let hops = 0; hops < 10; hops++) {
    if (url.startsWith(`${SITE}/admin/sso/callback`)) return { url, flow }
    let res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } })
    jar.take(res)
    if (res.status === 200 && (await res.clone().text()).includes('name="login"')) {
      const action = new URL((await res.text()).match(/action="([^"]+)"/)![1], url).toString()
      res = await fetch(action, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'login', login: person, password: 'anything' }),
      })
      jar.take(res)
    }
    const next = res.headers.get('location')
    if (!next) throw new Error(`the provider stopped at ${url} with ${res.status}`)
    url = new URL(next, url).toString()
  }
  throw new Error('too many redirects')
}

const back = (url: string, flow?: string, extra: Record<string, string> = {}) =>
  callback(
    new Request(url, {
      headers: {
        ...(flow ? { cookie: `${FLOW_COOKIE}=${flow}` } : {}),
        'x-press-office-client': '192.0.2.10',
        ...extra,
      },
    }),
  )

async function signIn(person: string) {
  const { url, flow } = await throughProvider(person)
  const res = await back(url, flow)
  const session = cookieValue(res.headers.getSetCookie().join('; '), SESSION_COOKIE)
  return { res, session, url, flow }
}

/** Who Payload's own auth says the session is, asked as a page of this site asks (or as `headers` say). */
const whoIs = async (session?: string, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) =>
  (await payload.auth({ headers: new Headers({ cookie: `${SESSION_COOKIE}=${session ?? ''}`, ...headers }) })).user as {
    email: string
    role: string
  } | null

const person = (groups: string[], domain = 'harrowmere.ac.uk') => {
  const id = unique('person')
  provider.people.set(id, { email: `${id}@${domain}`, name: `Person ${id}`, groups })
  return { id, email: `${id}@${domain}` }
}

describe('mapping the provider to this newsroom', () => {
  it('reads role groups, takes the highest role a person holds, and none when no group matches', () => {
    const mapping = parseRoleGroups('admin=press-admins; editor=press-editors|comms-leads ;contributor=comms')
    expect(mapping).toEqual({
      admin: ['press-admins'],
      editor: ['press-editors', 'comms-leads'],
      contributor: ['comms'],
    })
    expect(roleFromGroups(['comms', 'comms-leads'], mapping)).toBe('editor')
    expect(roleFromGroups(['comms', 'press-admins'], mapping)).toBe('admin')
    expect(roleFromGroups('comms', mapping)).toBe('contributor')
    expect(roleFromGroups(['Comms'], mapping)).toBeNull()
    expect(roleFromGroups(undefined, mapping)).toBeNull()
    expect(() => parseRoleGroups('owner=everyone')).toThrow(/not role=group/)
    expect(() => parseRoleGroups('editor=')).toThrow(/no group/)
    expect(allowedEmail('Jo@Harrowmere.AC.UK', ['harrowmere.ac.uk'])).toBe(true)
    expect(allowedEmail('jo@evil-harrowmere.ac.uk', ['harrowmere.ac.uk'])).toBe(false)
    expect(allowedEmail('jo@harrowmere.ac.uk.evil.com', ['harrowmere.ac.uk'])).toBe(false)
  })

  it('refuses a configuration that would let anyone in, naming what is missing', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://login.example.org' })).toThrow(
      /OIDC_CLIENT_ID is required[\s\S]*OIDC_ALLOWED_DOMAINS is required/,
    )
    expect(() =>
      parseEnv({
        OIDC_ISSUER: 'https://login.example.org',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
        OIDC_ALLOWED_DOMAINS: 'example.org',
        OIDC_ROLE_GROUPS: 'boss=x',
      }),
    ).toThrow(/OIDC_ROLE_GROUPS/)
  })

  it('signs sessions and sign-ins in progress: tampered or expired ones are nothing', () => {
    const cookie = sessionCookie(42, 0, 3600, Date.now())
    const value = cookieValue(cookie, SESSION_COOKIE)!
    expect(readSession(value)?.userId).toBe(42)
    expect(readSession(value.replace(/^42\./, '43.'))).toBeNull()
    expect(readSession(value.replace(/^42\.0\./, '42.1.'))).toBeNull()
    expect(readSession(value, Date.now() + 3601_000)).toBeNull()
    expect(cookie).toMatch(/HttpOnly; SameSite=Lax; Max-Age=3600/)
    expect(readFlow('e30.forged')).toBeNull()
  })

  it("reads the session cookie in every spelling as Payload's own token cookie is read", () => {
    // payload/dist/utilities/parseCookies.js, which Payload's auth reads its token with: the last of a name wins,
    // values are URI-decoded, an undecodable one is skipped, names are trimmed and values are not.
    expect(cookieValue('payload-sso=a; payload-sso=b', SESSION_COOKIE)).toBe('b')
    expect(cookieValue('payload-sso=a;payload-sso=%E0%A4%A', SESSION_COOKIE)).toBe('a')
    expect(cookieValue('  payload-sso=1.0.x%2Ey%2F', SESSION_COOKIE)).toBe('1.0.x.y%2F')
    expect(cookieValue('payload-sso=%7Bx%7D', SESSION_COOKIE)).toBe('{x}')
    expect(cookieValue('payload-sso= a', SESSION_COOKIE)).toBe(' a')
    expect(cookieValue('Payload-SSO=a', SESSION_COOKIE)).toBeUndefined()
    expect(cookieValue('x=payload-sso=a', SESSION_COOKIE)).toBeUndefined()
  })
})

describe('signing in with the provider', () => {
  it('makes the account with the mapped role, and each sign-in follows the groups', async () => {
    const jo = person(['comms', 'press-editors'])
    const first = await signIn(jo.id)
    expect(first.res.status).toBe(302)
    expect(first.res.headers.get('location')).toBe('/admin')
    expect(await whoIs(first.session)).toMatchObject({ email: jo.email, role: 'editor' })
    // The session counts only from this site's own pages, read as Payload reads its own cookie.
    expect(await whoIs(first.session, { Origin: 'https://evil.example' })).toBeNull()
    expect(await whoIs(first.session, { 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    expect(await whoIs(first.session, {})).toBeNull()
    expect(await whoIs(first.session, { Origin: payload.config.csrf[0] })).toMatchObject({ email: jo.email })

    provider.people.get(jo.id)!.groups = ['comms']
    const second = await signIn(jo.id)
    expect(await whoIs(second.session)).toMatchObject({ role: 'contributor' })

    // Out of every group: refused at the next sign-in, and the session still open ends at once.
    provider.people.get(jo.id)!.groups = []
    const third = await signIn(jo.id)
    expect(third.res.status).toBe(403)
    expect(await third.res.text()).toContain('has no access to the newsroom yet')
    expect(third.session).toBeUndefined()
    expect(await whoIs(second.session)).toBeNull()
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: jo.email } } })
    expect(docs[0]).toMatchObject({ access: 'none' })

    // An admin grants access by hand: it holds whatever the groups say.
    await payload.update({ collection: 'users', id: docs[0].id, data: { access: 'granted', role: 'editor' } })
    expect(await whoIs((await signIn(jo.id)).session)).toMatchObject({ role: 'editor' })

    const trail = await payload.find({
      collection: 'audit-entries',
      sort: 'id',
      pagination: false,
      where: { subjectId: { equals: String(docs[0].id) }, subjectCollection: { equals: 'users' } },
    })
    expect(trail.docs.map((e) => e.action)).toEqual([
      'user.created',
      'sign-in.succeeded',
      'user.role-changed',
      'sign-in.succeeded',
      'user.access-changed',
      'sign-in.failed',
      'user.role-changed',
      'user.access-changed',
      'sign-in.succeeded',
    ])
    expect(trail.docs[1]).toMatchObject({ actorLabel: jo.email, clientAddress: '192.0.2.10' })
    expect(trail.docs[2]).toMatchObject({ actorLabel: 'single sign-on', before: 'editor', after: 'contributor' })
  })

  it('a person with no matching group gets an account and no access; a password does not get them in either', async () => {
    const newcomer = person(['somewhere-else'])
    const { res } = await signIn(newcomer.id)
    expect(res.status).toBe(403)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: newcomer.email } } })
    expect(docs[0]).toMatchObject({ access: 'none' })
    // Even if someone set them a password, it lets them in nowhere.
    await payload.update({ collection: 'users', id: docs[0].id, data: { password: TEST_PASSWORD } })
    await expect(
      payload.login({ collection: 'users', data: { email: newcomer.email, password: TEST_PASSWORD } }),
    ).rejects.toThrow(/no access/)
  })

  it('refuses a domain not allowed, an unverified address, a replayed or altered state and a tampered token', async () => {
    const outsider = person(['press-editors'], 'gmail.com')
    const refused = await signIn(outsider.id)
    expect(refused.res.status).toBe(403)
    expect(await refused.res.text()).toContain('Accounts from gmail.com cannot sign in')
    expect((await payload.find({ collection: 'users', where: { email: { equals: outsider.email } } })).docs).toEqual([])

    const unverified = person(['press-editors'])
    provider.people.get(unverified.id)!.emailVerified = false
    expect((await signIn(unverified.id)).res.status).toBe(403)

    // The same answer twice: without the browser's sign-in (spent by the first), or with a copy of it.
    const jo = person(['press-editors'])
    const done = await signIn(jo.id)
    expect(done.res.status).toBe(302)
    const withoutFlow = await back(done.url)
    expect(withoutFlow.status).toBe(400)
    expect(await withoutFlow.text()).toContain('expired or was already used')
    const copied = await back(done.url, done.flow)
    expect(copied.status).toBe(400)
    expect(cookieValue(copied.headers.getSetCookie().join('; '), SESSION_COOKIE)).toBeUndefined()

    // Another browser's state.
    const { url, flow } = await throughProvider(jo.id)
    const altered = new URL(url)
    altered.searchParams.set('state', 'someone-elses-state')
    const wrongState = await back(altered.toString(), flow)
    expect(wrongState.status).toBe(400)
    expect(await wrongState.text()).toMatch(/could not be trusted/)

    // An ID token altered on its way.
    provider.tamper.on = true
    try {
      const tampered = await signIn(jo.id)
      expect(tampered.res.status).toBe(400)
      expect(tampered.session).toBeUndefined()
    } finally {
      provider.tamper.on = false
    }
    const { docs } = await payload.find({
      collection: 'audit-entries',
      where: { action: { equals: 'sign-in.failed' }, after: { like: 'single sign-on' } },
      pagination: false,
    })
    expect(docs.length).toBeGreaterThanOrEqual(6)
  })

  it('counts refusals against the address like wrong passwords, so a flood of made-up answers soon stops', async () => {
    const flood = { 'x-press-office-client': '203.0.113.250' }
    const answers: number[] = []
    for (let i = 0; i < 25; i++)
      answers.push((await back(`${SITE}/admin/sso/callback?code=x&state=${i}`, undefined, flood)).status)
    expect(answers.slice(0, 20).every((s) => s === 400)).toBe(true)
    expect(answers.slice(20)).toEqual([429, 429, 429, 429, 429])
    const { totalDocs } = await payload.count({
      collection: 'audit-entries',
      where: { clientAddress: { equals: '203.0.113.250' } },
    })
    expect(totalDocs).toBe(20)
  })
})
