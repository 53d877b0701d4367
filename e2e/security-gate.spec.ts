import type { APIRequestContext } from '@playwright/test'
import { auth, expect, test, type TestUser } from './support/fixtures'
import { createRelease, firstId } from './support/releases'

// Adversarial: a contributor tries every way in to change what the public sees. After each attempt, the public
// page, the feed and the sitemap are checked as an anonymous reader would see them.

const gql = (request: APIRequestContext, token: string, query: string) =>
  request.post('/api/graphql', { headers: auth(token), data: { query } }).then((r) => r.json())

async function contributorsLiveRelease(
  request: APIRequestContext,
  contributor: TestUser,
  editorToken: string,
  track: (c: string, id: number) => void,
) {
  const created = await request.post('/api/releases?draft=true', {
    headers: auth(contributor.token),
    data: {
      title: `Contributor live ${Date.now()}`,
      summary: 'Their story, published by an editor.',
      _status: 'draft',
    },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  const { id } = (await created.json()).doc as { id: number }
  track('releases', id)
  const published = await request.patch(`/api/releases/${id}`, {
    headers: auth(editorToken),
    data: { _status: 'published' },
  })
  expect(published.ok(), await published.text()).toBeTruthy()
  return (await published.json()).doc as { id: number; slug: string; title: string }
}

test('a contributor cannot change a live release by REST, GraphQL, bulk or restore', async ({
  request,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const editor = await makeUser('editor')
  const live = await contributorsLiveRelease(request, contributor, editor.token, track)
  const page = async () => (await request.get(`/news/${live.slug}`)).text()
  expect(await page()).toContain(live.title)

  const attempts = [
    request.patch(`/api/releases/${live.id}`, { headers: auth(contributor.token), data: { title: 'Defaced by REST' } }),
    request.patch(`/api/releases/${live.id}`, { headers: auth(contributor.token), data: { _status: 'draft' } }),
    request.patch(`/api/releases?where[id][equals]=${live.id}`, {
      headers: auth(contributor.token),
      data: { title: 'Defaced in bulk' },
    }),
    request.patch(`/api/releases?where[id][equals]=${live.id}`, {
      headers: auth(contributor.token),
      data: { _status: 'draft' },
    }),
    gql(
      request,
      contributor.token,
      `mutation { updateRelease(id: ${live.id}, data: { title: "Defaced by GraphQL" }) { id } }`,
    ),
    gql(request, contributor.token, `mutation { updateRelease(id: ${live.id}, data: { _status: draft }) { id } }`),
  ]
  for (const attempt of attempts) await attempt
  const versions = await (
    await request.get(`/api/releases/versions?where[parent][equals]=${live.id}&sort=createdAt&limit=1`, {
      headers: auth(editor.token),
    })
  ).json()
  const restore = await request.post(`/api/releases/versions/${versions.docs[0].id}`, {
    headers: auth(contributor.token),
  })
  expect(restore.status()).toBe(403)
  expect((await restore.json()).errors[0].message).toMatch(/Only an editor can restore/)
  const draftRestore = await request.post(`/api/releases/versions/${versions.docs[0].id}?draft=true`, {
    headers: auth(contributor.token),
  })
  expect(draftRestore.ok(), await draftRestore.text()).toBeTruthy()

  const html = await page()
  expect(html).toContain(live.title)
  for (const defaced of ['Defaced by REST', 'Defaced in bulk', 'Defaced by GraphQL'])
    expect(html).not.toContain(defaced)
  expect(await (await request.get('/news/feed.xml')).text()).toContain(live.title)
  // Their words are kept, as a draft an editor can review; the author stays the contributor.
  const latest = await (
    await request.get(`/api/releases/${live.id}?draft=true&depth=0`, { headers: auth(editor.token) })
  ).json()
  expect(latest._status).toBe('draft')
  expect(latest.author).toBe(contributor.id)
})

test('a contributor cannot publish an embargoed release by duplicating it', async ({
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const hero = await firstId(request, adminToken, 'media')
  const embargoed = await createRelease(request, adminToken, {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    heroImage: hero,
  })
  track('releases', embargoed.id)
  for (const query of ['?draft=false', '', '?draft=true']) {
    const copy = await request.post(`/api/releases/${embargoed.id}/duplicate${query}`, {
      headers: auth(contributor.token),
      data: {},
    })
    expect(copy.ok(), await copy.text()).toBeTruthy()
    const doc = (await copy.json()).doc as { id: number; slug: string; _status: string; embargoUntil: string | null }
    track('releases', doc.id)
    expect(doc._status).toBe('draft')
    expect((await request.get(`/news/${doc.slug}`)).status()).toBe(404)
    expect(await (await request.get('/news/feed.xml')).text()).not.toContain(doc.slug)
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain(doc.slug)
  }
  expect((await request.get(`/news/${embargoed.slug}`)).status()).toBe(404)
})

test("a contributor cannot change anyone's pictures, nor claim another release's address", async ({
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const editor = await makeUser('editor')
  const featured = (await (await request.get('/api/releases?where[featured][equals]=true&limit=1&depth=1')).json())
    .docs[0]
  const heroId = featured.heroImage.id as number
  for (const data of [{ alt: 'Defaced' }, { credit: 'Someone else' }, { caption: 'Changed' }]) {
    expect((await request.patch(`/api/media/${heroId}`, { headers: auth(contributor.token), data })).status()).toBe(403)
  }
  expect((await request.delete(`/api/media/${heroId}`, { headers: auth(contributor.token) })).status()).toBe(403)
  const hero = await (await request.get(`/api/media/${heroId}`, { headers: auth(adminToken) })).json()
  expect(hero.alt).not.toBe('Defaced')

  const live = await contributorsLiveRelease(request, contributor, editor.token, track)
  const victim = await createRelease(request, adminToken)
  track('releases', victim.id)
  await request.patch(`/api/releases/${live.id}?draft=true`, {
    headers: auth(contributor.token),
    data: { previousSlugs: [victim.slug] },
  })
  await request.patch(`/api/releases/${live.id}`, {
    headers: auth(editor.token),
    data: { previousSlugs: [victim.slug], _status: 'published' },
  })
  const victimPage = await request.get(`/news/${victim.slug}`, { maxRedirects: 0 })
  expect(victimPage.status()).toBe(200)
  expect(await victimPage.text()).toContain(victim.title)
})

test('a session cookie sent from another site counts for nothing', async ({ request, adminToken }) => {
  const cookie = `payload-token=${adminToken}`
  const forged = await request.post('/api/users', {
    headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/json' },
    data: { email: `csrf-${Date.now()}@example.com`, password: 'csrf-password-123', name: 'CSRF', role: 'admin' },
  })
  expect(forged.status()).toBe(403)
  const own = await request.get('/api/users/me', { headers: { Cookie: cookie, Origin: 'http://127.0.0.1:3100' } })
  expect((await own.json()).user?.email).toBeTruthy()
})

test('a paused account is answered exactly like a made-up address guessed at as often', async ({
  request,
  makeUser,
}) => {
  const user = await makeUser('contributor')
  // Each guess from an address of its own (as a guesser spread over many would), so only the account's count adds up.
  let n = 0
  const wrong = (email: string) =>
    request.post('/api/users/login', {
      headers: { 'X-Forwarded-For': `198.51.100.${++n}` },
      data: { email, password: 'not-the-password' },
    })
  const nobody = `nobody-${Date.now()}@example.com`
  const first = [await wrong(nobody), await wrong(user.email)]
  expect(first[0].status()).toBe(first[1].status())
  expect(await first[0].json()).toEqual(await first[1].json())
  for (let i = 0; i < 10; i++) await Promise.all([wrong(nobody), wrong(user.email)])
  const [unknown, paused] = [await wrong(nobody), await wrong(user.email)]
  expect(paused.status()).toBe(429)
  expect(paused.status()).toBe(unknown.status())
  expect(await paused.json()).toEqual(await unknown.json())
})
