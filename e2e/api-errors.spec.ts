import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// A client's mistake is answered with its status and a message, never a 500.
test('the REST API answers bad input with a clear client error', async ({ request, adminToken, track }) => {
  const headers = auth(adminToken)
  const json = { ...headers, 'content-type': 'application/json' }
  const broken = await request.post('/api/releases', { headers: json, data: Buffer.from('{"title": ') })
  expect(broken.status()).toBe(400)
  expect((await broken.json()).errors[0].message).toBe('The request body is not valid JSON.')
  const notAnObject = await request.post('/api/releases', { headers: json, data: Buffer.from('"just a string"') })
  expect(notAnObject.status()).toBe(400)
  expect((await notAnObject.json()).errors[0].message).toBe('The request body must be a JSON object.')

  for (const path of [
    '/api/releases/abc',
    '/api/releases/99999999999999999999',
    '/api/releases/-1',
    '/api/media/abc',
    '/api/topics/1e3',
  ]) {
    expect((await request.get(path, { headers })).status(), path).toBe(404)
  }
  expect((await request.patch('/api/releases/abc', { headers, data: { title: 'x' } })).status()).toBe(404)

  const release = await createRelease(request, adminToken, { status: 'draft' })
  track('releases', release.id)
  const stale = await request.patch(`/api/releases/${release.id}?draft=true`, {
    headers,
    data: { heroImage: 999999, related: [999999] },
  })
  expect(stale.status()).toBe(400)
  expect(JSON.stringify(await stale.json())).toMatch(/invalid: heroImage, related/)

  // Drafts may be incomplete; publishing checks everything.
  const tooLong = await request.patch(`/api/releases/${release.id}`, {
    headers,
    data: { title: 'x'.repeat(500), _status: 'published' },
  })
  expect(tooLong.status()).toBe(400)
  expect(JSON.stringify(await tooLong.json())).toMatch(/Title/)
  // Nothing was lost, and nothing went public: the draft is as it was.
  const after = await (await request.get(`/api/releases/${release.id}?draft=true`, { headers })).json()
  expect(after.title).toBe(release.title)
  expect(after._status).toBe('draft')
})

test('anonymous API lists come in bounded pages, whatever limit or pagination they ask for', async ({
  request,
  adminToken,
}) => {
  for (const query of ['limit=0', 'pagination=false', 'limit=0&pagination=false']) {
    const body = await (await request.get(`/api/releases?${query}&depth=0`)).json()
    expect(body.totalDocs, query).toBeGreaterThan(10)
    expect(body.docs, query).toHaveLength(10)
  }
  const big = await (await request.get('/api/releases?limit=100000&depth=0')).json()
  expect(big.limit).toBe(100)
  const gql = await (
    await request.post('/api/graphql', { data: { query: '{ Releases(limit: 0) { docs { id } totalDocs } }' } })
  ).json()
  expect(gql.data.Releases.docs).toHaveLength(10)
  // Staff and the site's own server code are not limited.
  const staff = await (await request.get('/api/releases?limit=0&depth=0', { headers: auth(adminToken) })).json()
  expect(staff.docs.length).toBe(staff.totalDocs)
})

test('an address that cannot be decoded is a 400, on pages and the API alike', async ({ request }) => {
  for (const path of ['/news/%E0%A4%A', '/%E0', '/accessibility/%E0', '/preview/%%%', '/api/releases/%E0']) {
    expect((await request.get(path)).status(), path).toBe(400)
  }
  // Valid encodings still reach their pages.
  expect((await request.get('/news/no%20such%20release')).status()).toBe(404)
  expect((await request.get('/search?q=caf%C3%A9')).status()).toBe(200)
})
