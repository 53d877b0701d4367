import { randomBytes } from 'node:crypto'
import { expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// Adversarial: an anonymous visitor tries every public surface for a draft and an embargoed release.
test('drafts and embargoed releases are invisible on every public surface', async ({ browser, request, adminToken, track }) => {
  const secret = `Secretword${randomBytes(4).toString('hex')}`
  const draft = await createRelease(request, adminToken, { status: 'draft', title: `${secret} draft` })
  const embargoed = await createRelease(request, adminToken, {
    title: `${secret} embargoed`,
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  const host = await createRelease(request, adminToken, { related: [embargoed.id, draft.id] })
  for (const r of [host, draft, embargoed]) track('releases', r.id)

  const reader = await browser.newContext()
  const anon = reader.request
  const ids = [draft.id, embargoed.id]
  const urls = [
    '/api/releases?limit=100',
    '/api/releases?limit=100&draft=true',
    `/api/releases?where[title][like]=${secret}`,
    `/api/releases?where[title][like]=${secret}&draft=true&depth=2`,
    `/api/releases?select[title]=true&select[slug]=true&limit=100`,
    `/api/releases/${host.id}?depth=2`,
    `/api/releases/${host.id}?depth=1&populate[releases][title]=true`,
    ...ids.flatMap((id) => [`/api/releases/${id}`, `/api/releases/${id}?draft=true`]),
    '/api/releases/versions?limit=100',
    `/api/releases/versions?where[version.title][like]=${secret}`,
    `/news/${draft.slug}`,
    `/news/${embargoed.slug}`,
    `/news/${embargoed.slug}/card.png`,
    `/news/${host.slug}`,
    '/',
    '/news',
    '/news/feed.xml',
    '/sitemap.xml',
    '/sitemap-news.xml',
    `/search?q=${secret}`,
  ]
  for (const url of urls) {
    const body = (await (await anon.get(url)).text()).toLowerCase()
    // A page may repeat the address or query it was asked for; the titles, and slugs asked for nowhere, must not appear.
    for (const title of [draft.title, embargoed.title]) expect(body, url).not.toContain(title.toLowerCase())
    if (!url.toLowerCase().includes(secret.toLowerCase())) expect(body, url).not.toContain(secret.toLowerCase())
  }
  const rsc = await anon.get(`/news/${host.slug}`, { headers: { RSC: '1' } })
  expect((await rsc.text()).toLowerCase()).not.toContain(secret.toLowerCase())

  for (const query of [
    `{ Releases(limit: 100) { docs { title slug } } }`,
    `{ Releases(draft: true, limit: 100) { docs { title } } }`,
    `{ Release(id: ${embargoed.id}) { title } }`,
    `{ versionsReleases(limit: 100) { docs { version { title } } } }`,
  ]) {
    const res = await anon.post('/api/graphql', { data: { query } })
    expect(await res.text(), query).not.toContain(secret)
  }
  await reader.close()
})
