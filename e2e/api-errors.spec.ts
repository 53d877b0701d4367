import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// A client's mistake is answered with its status and a message, never a 500.
test('the REST API answers bad input with a clear client error', async ({ request, adminToken, track }) => {
  const headers = auth(adminToken)
  const broken = await request.post('/api/releases', { headers: { ...headers, 'content-type': 'application/json' }, data: '{"title": ' })
  expect(broken.status()).toBe(400)
  expect((await broken.json()).errors[0].message).toBe('The request body is not valid JSON.')

  for (const path of ['/api/releases/abc', '/api/releases/99999999999999999999', '/api/releases/-1', '/api/media/abc', '/api/topics/1e3']) {
    expect((await request.get(path, { headers })).status(), path).toBe(404)
  }
  expect((await request.patch('/api/releases/abc', { headers, data: { title: 'x' } })).status()).toBe(404)

  const release = await createRelease(request, adminToken, { status: 'draft' })
  track('releases', release.id)
  const stale = await request.patch(`/api/releases/${release.id}?draft=true`, { headers, data: { heroImage: 999999, related: [999999] } })
  expect(stale.status()).toBe(400)
  expect(JSON.stringify(await stale.json())).toMatch(/no longer exists/)

  const tooLong = await request.patch(`/api/releases/${release.id}?draft=true`, { headers, data: { title: 'x'.repeat(500) } })
  expect(tooLong.status()).toBe(400)
  expect(JSON.stringify(await tooLong.json())).toMatch(/Title/)
  // Nothing was lost: the draft is as it was.
  expect((await (await request.get(`/api/releases/${release.id}?draft=true`, { headers })).json()).title).toBe(release.title)
})
