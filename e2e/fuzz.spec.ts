import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './support/fixtures'

// A few hundred generated bad inputs, anonymous and signed in: the answer may be any 2xx, 3xx or 4xx, never a 5xx.
// Seeded, so a failure names an input that reproduces.
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  return { next, pick }
}

const NASTY = [
  '',
  ' ',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '%00',
  '../../etc/passwd',
  "' OR 1=1 --",
  '"',
  '\\',
  '<script>',
  'a'.repeat(1500),
  '9'.repeat(40),
  '2026-13-45',
  'ünïcödé',
  '\u0000',
  '-',
  '.',
  '..',
  'id',
  'title.',
  '__proto__',
  'constructor',
  'related__title',
  '-related.title',
  'title,-related__title',
  'AND',
  'Or',
]
const PARAMS = [
  'depth',
  'limit',
  'page',
  'sort',
  'draft',
  'locale',
  'fallback-locale',
  'select[title]',
  'populate[topics][name]',
  'joins[previewLinks][limit]',
  'where[title][equals]',
  'where[releaseDate][greater_than]',
  'where[id][in]',
  'where[or][0][slug][like]',
  'where[embargoUntil][exists]',
  'where[body][like]',
  'pagination',
  'trash',
  'sort[]',
  'where[AND][0][related__title][equals]',
  'where[oR][0][related.title][like]',
  'where[related][contains][title][equals]',
  'where',
]
// The ways the HTTP layer and Payload accept a session, and content types graphql-http reads (or refuses).
const SESSION_FORMS = (token: string): Record<string, string>[] => [
  {},
  { Cookie: `payload-token =${token}`, 'Sec-Fetch-Site': 'same-origin' },
  { Cookie: `payload-token=x; payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' },
  { Cookie: `payload-token=${token.replace(/\./g, '%2E')}`, 'Sec-Fetch-Site': 'none' },
  { Cookie: `PAYLOAD-TOKEN=${token}` },
  { Authorization: `Bearer ${token}` },
  { Authorization: 'users API-Key nonsense' },
  { Authorization: '' },
]
const CONTENT_TYPES = [
  'application/json',
  'application/ json',
  'Application/JSON; charset=UTF-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/graphql',
  'multipart/form-data; boundary=x',
]
const COLLECTIONS = [
  'releases',
  'topics',
  'contacts',
  'media',
  'users',
  'enquiries',
  'subscribers',
  'preview-links',
  'redirects',
  'payload-jobs',
  'nope',
]
const VALUES: unknown[] = [
  null,
  true,
  -1,
  1e308,
  'x'.repeat(100_000),
  [],
  {},
  [[[]]],
  { relationTo: 'users', value: 1 },
  '2026-02-30T25:61:00Z',
  99999999999,
  '<img src=x>',
  { $ne: 1 },
]
const FIELDS = [
  'title',
  'summary',
  'slug',
  'releaseDate',
  'embargoUntil',
  'heroImage',
  'related',
  'topics',
  'body',
  '_status',
  'email',
  'password',
  'role',
  'meta',
  'downloads',
  'contacts',
  'id',
  'createdAt',
]

async function fuzz(
  request: APIRequestContext,
  base: Record<string, string>,
  seed: number,
  rounds: number,
  token = 'not-a-token',
) {
  const { pick, next } = random(seed)
  const failures: string[] = []
  for (let i = 0; i < rounds; i++) {
    // Each request from an address of its own (the test server trusts this machine as a proxy): the per-address
    // pace in front of the app would otherwise answer most of them 429 before Payload reads them.
    const address = `10.${Math.floor(next() * 250) + 1}.${Math.floor(next() * 250) + 1}.${(i % 250) + 1}`
    const headers = { ...base, ...pick(SESSION_FORMS(token)), 'X-Forwarded-For': address }
    const collection = pick(COLLECTIONS)
    const kind = next()
    let label: string
    let res
    if (kind < 0.45) {
      const query = Array.from(
        { length: 1 + Math.floor(next() * 4) },
        () => `${encodeURIComponent(pick(PARAMS))}=${encodeURIComponent(pick(NASTY))}`,
      ).join('&')
      const path =
        next() < 0.3 ? `/api/${collection}/${encodeURIComponent(pick(NASTY))}?${query}` : `/api/${collection}?${query}`
      label = `GET ${path}`
      res = await request.get(path, { headers })
    } else if (kind < 0.8) {
      const data = Object.fromEntries(
        Array.from({ length: 1 + Math.floor(next() * 4) }, () => [pick(FIELDS), pick(VALUES)]),
      )
      const method = pick(['post', 'patch'] as const)
      const path =
        method === 'post'
          ? `/api/${collection}${next() < 0.5 ? '?draft=true' : ''}`
          : `/api/${collection}/${pick(['1', '2', 'abc', '-5'])}${next() < 0.5 ? '?draft=true' : ''}`
      label = `${method.toUpperCase()} ${path} ${JSON.stringify(data).slice(0, 200)}`
      res = await request[method](path, { headers, data })
    } else if (kind < 0.9) {
      const query = pick([
        `{ Releases(where: { title: { equals: ${JSON.stringify(pick(NASTY))} } }) { docs { id } } }`,
        `{ Release(id: ${pick(['1', '-1', '"x"', '99999999999'])}) { title } }`,
        `{ Releases(sort: ${JSON.stringify(pick(NASTY))}, limit: ${pick(['-1', '0', '100000'])}) { docs { id } } }`,
        `mutation { createRelease(data: { title: ${JSON.stringify(pick(NASTY))} }) { id } }`,
        pick(NASTY),
      ])
      const type = pick(CONTENT_TYPES)
      label = `GRAPHQL (${type}) ${query.slice(0, 200)}`
      res = await request.post('/api/graphql', {
        headers: { ...headers, 'content-type': type },
        data: JSON.stringify({ query }),
      })
    } else {
      const path = pick([
        '/news',
        '/search',
        '/topics/x',
        '/news/feed.xml',
        '/subscribe/unsubscribe',
        '/preview/x',
        '/media-enquiries/too-many',
      ])
      const name = pick(['q', 'page', 'topic', 'year', 'token', 'from'])
      const query = `${encodeURIComponent(name)}=${encodeURIComponent(pick(NASTY))}`
      label = `GET ${path}?${query}`
      res = await request.get(`${path}?${query}`, { headers, maxRedirects: 0 })
    }
    if (res.status() >= 500) failures.push(`${res.status()} ${label}`)
  }
  return failures
}

test('hundreds of malformed requests, anonymous and signed in, get no 5xx', async ({ request, makeUser }) => {
  test.setTimeout(240_000)
  const contributor = await makeUser('contributor')
  const anonymous = await fuzz(request, {}, 20261129, 250)
  const signedIn = await fuzz(request, { Authorization: `JWT ${contributor.token}` }, 42, 150, contributor.token)
  const sessionForms = await fuzz(request, {}, 7, 150, contributor.token)
  expect([...anonymous, ...signedIn, ...sessionForms]).toEqual([])
})
