import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { expireApiAnswers } from '../../lib/api/answer-cache'
import { guardRoute } from '../../lib/api/guard-route'
import { carriesCredentials, staffUser } from '../../lib/api/staff-user'
import { env } from '../../lib/env'
import type { User } from '../../payload-types'
import { makeRelease, makeUser, tokenFor, unique } from '../support/factories'
import { testPayload } from '../support/payload'
import { inADay } from './support'

// Each guard in front of Payload is asked the same question as Payload, in every form the HTTP layer, `qs` and
// Payload accept, and must agree with Payload's own answer: who is signed in, what a GraphQL body runs, which paths
// a query reaches. A guard that reads a request its own way is how staff answers reached anonymous readers.

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let contributor: User
let editor: User
let rawGet: Route
let rawGraphql: Route
let get: Route
let graphql: Route
let token: string
let signedOut: string
let editorToken: string
const site = () => env().SITE_URL ?? 'http://localhost:3000'

const slug = (path: string) => ({ params: Promise.resolve({ slug: path.split('?')[0].split('/').slice(2) }) })
const ask = (route: Route, path: string, headers: HeadersInit = {}) =>
  route(new Request(`http://localhost${path}`, { headers }), slug(path))
const signIn = (user: User) => tokenFor(payload, user)

beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
  contributor = await makeUser(payload, 'contributor')
  editor = await makeUser(payload, 'editor')
  const { default: config } = await import('../../payload.config')
  const { REST_GET, REST_POST, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  rawGet = REST_GET(config) as Route
  rawGraphql = GRAPHQL_POST(config) as Route
  get = guardRoute('rest', rawGet, async () => payload)
  graphql = guardRoute('graphql', rawGraphql, async () => payload)
  token = await signIn(contributor)
  editorToken = await signIn(editor)
  // A token whose session was ended: Payload no longer takes it for anyone.
  signedOut = await signIn(contributor)
  const logout = await (REST_POST(config) as Route)(
    new Request('http://localhost/api/users/logout', {
      method: 'POST',
      headers: { Authorization: `JWT ${signedOut}` },
    }),
    slug('/api/users/logout'),
  )
  expect(logout.status).toBe(200)
})

/** Every way of sending a session that Payload, the HTTP layer or a browser might produce or accept. */
function credentialForms(jwt: string): { name: string; headers: Headers }[] {
  const values = [jwt, jwt.replace(/\./g, '%2E'), encodeURIComponent(jwt), `"${jwt}"`, `${jwt} `]
  const names = [
    'payload-token',
    ' payload-token',
    'payload-token ',
    'payload-token\t',
    'PAYLOAD-TOKEN',
    'Payload-Token',
    'payload%2Dtoken',
    '%70ayload-token',
    'payload%252Dtoken',
  ]
  const lines = (name: string, value: string) => [
    `${name}=${value}`,
    `${name} =${value}`,
    `theme=dark; ${name}=${value}`,
    `theme=dark;${name}=${value}`,
    `${name}=stale; ${name}=${value}`,
    `${name}=${value}; ${name}=stale`,
    `theme=dark, ${name}=${value}`,
  ]
  const contexts: Record<string, string>[] = [{}, { 'Sec-Fetch-Site': 'same-origin' }, { Origin: site() }]
  const forms: { name: string; headers: Headers }[] = []
  for (const value of values)
    for (const name of names)
      for (const line of lines(name, value))
        for (const context of contexts) {
          const headers = new Headers(context)
          headers.set('Cookie', line)
          forms.push({ name: `Cookie: ${line.replace(jwt, '<jwt>')} ${JSON.stringify(context)}`, headers })
        }
  // The same cookie in two Cookie headers, as a client may send them.
  for (const context of contexts) {
    const headers = new Headers(context)
    headers.append('Cookie', 'payload-token=stale')
    headers.append('Cookie', `payload-token=${jwt}`)
    forms.push({ name: `two Cookie headers ${JSON.stringify(context)}`, headers })
  }
  for (const authorization of [
    `JWT ${jwt}`,
    `Bearer ${jwt}`,
    `bearer ${jwt}`,
    `jwt ${jwt}`,
    `JWT  ${jwt}`,
    ` JWT ${jwt}`,
    `Bearer ${jwt.replace(/\./g, '%2E')}`,
    'users API-Key not-a-key',
    '',
  ])
    forms.push({
      name: `Authorization: ${authorization.replace(jwt, '<jwt>')}`,
      headers: new Headers({ authorization }),
    })
  return forms
}

describe('who is asking', () => {
  it('is what Payload says for every form of a session, and anything Payload could take is credential-like', async () => {
    let signedIn = 0
    const forms = credentialForms(token)
    for (const { name, headers } of forms) {
      const me = await (await ask(rawGet, '/api/users/me', headers)).json()
      const payloadSees = me.user?.id ?? null
      const guardSees = (await staffUser(payload, headers))?.id ?? null
      expect(guardSees, name).toBe(payloadSees)
      if (payloadSees) {
        signedIn++
        expect(carriesCredentials(headers), name).toBe(true)
      }
      // Anything that looks like Payload's cookie or an Authorization header is credential-like, accepted or not.
      expect(carriesCredentials(headers), name).toBe(true)
    }
    // The forms that broke the answer cache are among those Payload accepts.
    expect(signedIn).toBeGreaterThan(40)
    for (const line of [`payload-token =${token}`, `payload-token=x; payload-token=${token}`]) {
      const headers = new Headers({ Cookie: line, 'Sec-Fetch-Site': 'same-origin' })
      expect((await staffUser(payload, headers))?.id, line).toBe(contributor.id)
    }
    const dotted = new Headers({ Cookie: `payload-token=${token.replace(/\./g, '%2E')}`, 'Sec-Fetch-Site': 'none' })
    expect((await staffUser(payload, dotted))?.id).toBe(contributor.id)
    // Nothing credential-like: anonymous without asking anyone.
    for (const cookie of ['', 'theme=dark', 'consent=yes; lang=en'])
      expect(carriesCredentials(new Headers(cookie ? { Cookie: cookie } : {})), cookie).toBe(false)
  })

  it("a signed-out session's token is anonymous to Payload and to the guard: anonymous body limits", async () => {
    const forms: Record<string, string>[] = [
      { Authorization: `JWT ${signedOut}` },
      { Cookie: `payload-token=${signedOut}`, Origin: site() },
    ]
    for (const headers of forms) {
      expect((await (await ask(rawGet, '/api/users/me', headers)).json()).user).toBeNull()
      expect(await staffUser(payload, new Headers(headers))).toBeNull()
      const body = JSON.stringify({ query: `{ Topics(limit: 1) { docs { id } } } #${'x'.repeat(100 * 1024)}` })
      const res = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body,
        }),
        slug('/api/graphql'),
      )
      expect(res.status).toBe(413)
    }
    // The same body with a live session is a member of staff's, within staff limits.
    const res = await graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ Topics(limit: 1) { docs { id } } } #${'x'.repeat(100 * 1024)}` }),
      }),
      slug('/api/graphql'),
    )
    expect(res.status).toBe(200)
  })
})

describe('the query string', () => {
  it('is read as Payload reads it: what Payload would fail on is a 400, what it reads is answered as before', async () => {
    const queries = [
      'where=<script>',
      'where=%22',
      'where=2026-13-45',
      'where={"title":{"equals":"x"}',
      'where=%7B%22title%22%3A%7B%22equals%22%3A%22x%22%7D%7D',
      'where=',
      'where[title][equals]=x',
      'data=not-json',
      'depth=0&limit=1',
    ]
    let failing = 0
    for (const query of queries) {
      const raw = await ask(rawGet, `/api/contacts?${query}`).catch(() => new Response(null, { status: 500 }))
      const guarded = await ask(get, `/api/contacts?${query}`)
      if (raw.status >= 500) {
        failing++
        expect(guarded.status, query).toBe(400)
        expect((await guarded.json()).errors[0].message, query).toMatch(/must be JSON/)
      } else expect(guarded.status, query).toBe(raw.status)
    }
    expect(failing).toBeGreaterThanOrEqual(4)
  })
})

describe('filters on formatted text', () => {
  it('are a 400 where Payload would hand the database a text match on a JSON document', async () => {
    for (const query of ['where[body][like]=kelp', 'where[body][contains]=%5C', 'where[or][0][body][like]=__proto__']) {
      // (Payload itself answered these 500: its like on a JSON column is an SQL error.)
      const guarded = await ask(get, `/api/releases?${query}`)
      expect(guarded.status, query).toBe(400)
      expect((await guarded.json()).errors[0].message, query).toMatch(/formatted text/)
    }
    // What works is left alone.
    expect((await ask(get, '/api/releases?where[body][exists]=true')).status).toBe(200)
  })
})

describe('the anonymous answer cache', () => {
  it('never keeps, nor answers from memory, a request that carries a session in any form', async () => {
    const release = await makeRelease(payload, { title: unique('Cache leak'), embargoUntil: inADay() })
    const path = `/api/releases?where[slug][equals]=${release.slug}&depth=0`
    const titles = async (headers: HeadersInit = {}) => {
      const res = await ask(get, path, headers)
      expect(res.status).toBe(200)
      return ((await res.json()).docs as { title: string }[]).map((d) => d.title)
    }
    const forms = credentialForms(token)
    let staffAnswers = 0
    for (const { name, headers } of forms.filter((_, i) => i % 7 === 0 || i >= forms.length - 12)) {
      expireApiAnswers()
      const payloadSees = Boolean((await (await ask(rawGet, '/api/users/me', headers)).json()).user)
      // Staff first, twice (enough to be kept if it were kept): the anonymous reader still gets nothing.
      await titles(headers)
      const seen = await titles(headers)
      expect(seen, name).toEqual(payloadSees ? [release.title] : [])
      if (payloadSees) staffAnswers++
      expect(await titles(), name).toEqual([])
      expect(await titles(), name).toEqual([])
      // Anonymous first and kept: the staff request is not answered from memory.
      expect(await titles(), name).toEqual([])
      expect((await keysKept()).size, name).toBeGreaterThan(0)
      expect(await titles(headers), name).toEqual(payloadSees ? [release.title] : [])
    }
    expect(staffAnswers).toBeGreaterThan(5)
  })
})

/** The keys the answer cache holds now (read through its store, which lives on globalThis). */
async function keysKept(): Promise<Set<string>> {
  const store = (globalThis as Record<symbol, { answers: Map<string, unknown> }>)[
    Symbol.for('press-office.api-answers')
  ]
  return new Set(store.answers.keys())
}

const ALIASES = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: __typename`).join(' ')} }`
const CONTENT_TYPES = [
  'application/json',
  'application/ json',
  'application/json ',
  ' application/json',
  'Application/JSON',
  'APPLICATION/JSON; CHARSET=UTF-8',
  'application/json; charset=utf-8',
  'application/json;charset=utf-8',
  'application/json ; charset = utf-8',
  'application/json;\tcharset=utf-8',
  'application/json; charset=latin1',
  'application/json; boundary=x',
  'application/graphql',
  'application/graphql-response+json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'multipart/form-data; boundary=x',
  '',
]

describe('the GraphQL budget', () => {
  it('measures every body the GraphQL route would run, whatever its content type says', async () => {
    let ran = 0
    for (const type of CONTENT_TYPES) {
      const request = () =>
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: JSON.stringify({ query: ALIASES }),
        })
      // Payload's own route, no guard in front: did it run the operation?
      // (Payload's own route fails on a broken multipart body: not run either.)
      const raw = await rawGraphql(request(), slug('/api/graphql')).catch(() => undefined)
      const runs = raw?.status === 200 && Boolean((await raw.json()).data?.a10)
      const guarded = await graphql(request(), slug('/api/graphql'))
      if (runs) {
        ran++
        expect(guarded.status, type).toBe(400)
        expect((await guarded.json()).errors[0].message, type).toMatch(/top-level fields/)
      } else expect(guarded.status, type).not.toBe(200)
    }
    expect(ran).toBeGreaterThanOrEqual(8)
  })

  it('tells anonymous callers no field names they did not ask for; staff still get the hints', async () => {
    const body = JSON.stringify({ query: '{ Experts { docs { phon } } }' })
    const post = (headers: Record<string, string>) =>
      graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        }),
        slug('/api/graphql'),
      )
    const anonymous = JSON.stringify(await (await post({})).json())
    expect(anonymous).toContain('Cannot query field')
    expect(anonymous).not.toMatch(/Did you mean|"phone"/)
    const staff = JSON.stringify(await (await post({ Authorization: `JWT ${editorToken}` })).json())
    expect(staff).toContain('Did you mean')
  })
})

describe('sorts and filters that reach into another document', () => {
  // Three public releases, each related to an embargoed one. Their own titles and creation order sort them one way,
  // their related releases' titles another: an order or a match that follows the embargoed titles is a leak.
  let tag: string
  let order: { relatedAsc: number[]; relatedDesc: number[] }
  let secret: string
  let secretOf: number
  beforeAll(async () => {
    tag = unique('Sorted')
    const embargoed = async (title: string) => makeRelease(payload, { title: unique(title), embargoUntil: inADay() })
    const [m, z, a] = [await embargoed('Mmm'), await embargoed('Zzz'), await embargoed('Aaa')]
    const p1 = await makeRelease(payload, { title: `${tag} c`, related: [m.id] })
    const p2 = await makeRelease(payload, { title: `${tag} a`, related: [z.id] })
    const p3 = await makeRelease(payload, { title: `${tag} b`, related: [a.id] })
    order = { relatedAsc: [p3.id, p1.id, p2.id], relatedDesc: [p2.id, p1.id, p3.id] }
    secret = z.title
    secretOf = p2.id
  })

  // What an editor's request returns is Payload's own reading of the query string (the guard leaves staff alone).
  const editorIds = async (query: string) => {
    const res = await ask(rawGet, `/api/releases?depth=0&limit=10&${query}`, { Authorization: `JWT ${editorToken}` })
    return res.status === 200 ? ((await res.json()).docs as { id: number }[]).map((d) => d.id) : undefined
  }
  const anonymousStatus = async (query: string) => (await ask(get, `/api/releases?depth=0&limit=10&${query}`)).status

  it('are refused for every spelling of a sort that Payload reads as one through a relationship', async () => {
    const within = `where[title][like]=${encodeURIComponent(tag)}`
    const sorts = [
      'sort=related.title',
      'sort=-related.title',
      'sort=related__title',
      'sort=-related__title',
      'sort=related%2Etitle',
      'sort=-related%5F%5Ftitle',
      'sort=title,-related__title',
      'sort=-related.title,title',
      'sort[0]=related.title',
      'sort[]=-related__title',
      'sort[0]=-createdAt&sort[1]=-related__title',
      'sort=title&sort=related.title',
      'sort=related..title',
      'sort=%20related.title',
      'sort=Related.title',
      'sort=related.Title',
      'sort=title',
      'sort=-createdAt',
    ]
    let crossed = 0
    for (const sort of sorts) {
      const ids = await editorIds(`${within}&${sort}`)
      const reads =
        ids !== undefined &&
        [order.relatedAsc, order.relatedDesc].some((o) => JSON.stringify(o) === JSON.stringify(ids))
      if (reads) {
        crossed++
        expect(await anonymousStatus(`${within}&${sort}`), sort).toBe(400)
      }
    }
    expect(crossed).toBeGreaterThanOrEqual(8)
    // A release's own fields sort as before.
    expect(await anonymousStatus(`${within}&sort=title`)).toBe(200)
  })

  it('are refused for every spelling of a filter that Payload reads as one through a relationship', async () => {
    const value = encodeURIComponent(secret)
    const json = (where: unknown) => `where=${encodeURIComponent(JSON.stringify(where))}`
    const wheres = [
      `where[related.title][equals]=${value}`,
      `where[related__title][equals]=${value}`,
      `where[related%2Etitle][equals]=${value}`,
      `where[related.title][in]=${value}`,
      `where[related.title][like]=${value}`,
      `where[and][0][related.title][equals]=${value}`,
      `where[AND][0][related.title][equals]=${value}`,
      `where[And][0][related__title][equals]=${value}`,
      `where[OR][0][related.title][equals]=${value}`,
      `where[oR][0][and][0][related__title][equals]=${value}`,
      `where[or][0][AND][0][Or][0][related.title][equals]=${value}`,
      `where[related][contains][title][equals]=${value}`,
      `where[or][0][related][contains][title][equals]=${value}`,
      json({ 'related.title': { equals: secret } }),
      json({ OR: [{ related__title: { equals: secret } }] }),
      json({ and: [{ Or: [{ related: { contains: { title: { equals: secret } } } }] }] }),
      `where[related][equals]=${secretOf}`,
      `where[title][equals]=${value}`,
    ]
    let crossed = 0
    for (const where of wheres) {
      const ids = await editorIds(where)
      if (ids?.length === 1 && ids[0] === secretOf) {
        crossed++
        expect(await anonymousStatus(where), where).toBe(400)
      }
    }
    expect(crossed).toBeGreaterThanOrEqual(10)
  })

  it('are refused in GraphQL too, as a sort string', async () => {
    for (const sort of ['related.title', '-related__title', 'title,-related__title']) {
      const query = `{ Releases(sort: "${sort}", where: { title: { like: "${tag}" } }) { docs { id } } }`
      const res = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }),
        slug('/api/graphql'),
      )
      const body = await res.json()
      expect(body.data?.Releases ?? null, sort).toBeNull()
      expect(JSON.stringify(body.errors), sort).toContain('reaches into another document')
    }
  })
})
