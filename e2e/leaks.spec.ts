import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// Adversarial: an anonymous visitor tries every public surface for a draft and an embargoed release.
test('drafts and embargoed releases are invisible on every public surface', async ({
  browser,
  request,
  adminToken,
  track,
}) => {
  const secret = `Secretword${randomBytes(4).toString('hex')}`
  const draft = await createRelease(request, adminToken, { status: 'draft', title: `${secret} draft` })
  const embargoed = await createRelease(request, adminToken, {
    title: `${secret} embargoed`,
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  const host = await createRelease(request, adminToken, { related: [embargoed.id, draft.id] })
  for (const r of [host, draft, embargoed]) track('releases', r.id)
  // Preview links name their recipient and carry a secret: staff-only, even on a public release.
  for (const release of [host, embargoed]) {
    const link = await request.post('/api/preview-links', {
      headers: auth(adminToken),
      data: { release: release.id, recipient: `${secret} reporter` },
    })
    expect(link.ok(), await link.text()).toBeTruthy()
    track('preview-links', (await link.json()).doc.id)
  }

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
    ...ids.flatMap((id) => [`/api/releases/${id}`, `/api/releases/${id}?draft=true`, `/preview/release/${id}`]),
    `/api/releases/${host.id}?joins[previewLinks][limit]=10`,
    '/api/preview-links?limit=100',
    '/api/releases/versions?limit=100',
    `/api/releases/versions?where[version.title][like]=${secret}`,
    `/news/${draft.slug}`,
    `/news/${embargoed.slug}`,
    `/news/${embargoed.slug}/card.png`,
    `/news/${embargoed.slug}/release.txt`,
    `/news/${draft.slug}/release.txt`,
    `/news/${embargoed.slug}/release.pdf`,
    `/news/${draft.slug}/release.pdf`,
    '/corrections',
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
    // A page may repeat the address or query it was asked for; the titles, and slugs asked for nowhere, must not
    // appear.
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
    `{ PreviewLinks(limit: 100) { docs { key secret release { title } } } }`,
  ]) {
    const res = await anon.post('/api/graphql', { data: { query } })
    expect(await res.text(), query).not.toContain(secret)
  }
  await reader.close()
})

test('a picture attached only to an embargoed release answers 404 to the public, in every size, until it lifts', async ({
  browser,
  request,
  adminToken,
  track,
}) => {
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#114477' } })
    .png()
    .toBuffer()
  const upload = await request.post('/api/media', {
    headers: auth(adminToken),
    multipart: {
      file: { name: `embargoed-${randomBytes(4).toString('hex')}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'An embargoed picture' }),
    },
  })
  expect(upload.ok(), await upload.text()).toBeTruthy()
  const media = (await upload.json()).doc as { id: number; url: string; sizes: Record<string, { url?: string | null }> }
  track('media', media.id)
  const release = await createRelease(request, adminToken, {
    heroImage: media.id,
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  track('releases', release.id)
  const files = [media.url, ...Object.values(media.sizes).map((s) => s.url)].filter((u): u is string => Boolean(u))
  expect(files.length).toBeGreaterThan(2)

  // Staff get the files, which shows they exist...
  for (const file of files) expect((await request.get(file, { headers: auth(adminToken) })).status(), file).toBe(200)
  // ...and the public, once the one-second memo of public media has passed, gets none of them.
  const reader = await browser.newContext()
  const anon = reader.request
  for (const file of [...files, `/api/media/${media.id}`]) {
    await expect.poll(async () => (await anon.get(file)).status(), { message: file }).not.toBe(200)
    expect([403, 404]).toContain((await anon.get(file)).status())
  }

  // The embargo lifts: the same addresses open to everyone.
  const lifted = await request.patch(`/api/releases/${release.id}`, {
    headers: auth(adminToken),
    data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
  })
  expect(lifted.ok(), await lifted.text()).toBeTruthy()
  for (const file of files) await expect.poll(async () => (await anon.get(file)).status(), { message: file }).toBe(200)
  await reader.close()
})
