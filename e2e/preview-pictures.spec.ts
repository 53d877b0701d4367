import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

test("a preview link's holder gets the embargoed release's pictures and downloads, and nobody else does", async ({
  browser,
  request,
  adminToken,
  track,
}) => {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#225588' } })
    .png()
    .toBuffer()
  const upload = await request.post('/api/media', {
    headers: auth(adminToken),
    multipart: {
      file: { name: `preview-${randomBytes(4).toString('hex')}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'The embargoed hero', credit: 'Press Office' }),
    },
  })
  expect(upload.ok(), await upload.text()).toBeTruthy()
  const media = (await upload.json()).doc as { id: number; filename: string }
  track('media', media.id)
  const release = await createRelease(request, adminToken, {
    heroImage: media.id,
    embargoUntil: '2099-11-03T00:01:00.000Z',
  })
  track('releases', release.id)
  const created = await request.post('/api/preview-links', {
    headers: auth(adminToken),
    data: { release: release.id, recipient: 'Jo Bloggs' },
  })
  const link = (await created.json()).doc as { id: number; path: string }
  track('preview-links', link.id)

  const reader = await browser.newContext()
  const page = await reader.newPage()
  await page.goto(link.path)
  const hero = page.getByRole('img', { name: 'The embargoed hero' })
  await expect(hero).toBeVisible()
  // The picture really loaded (a broken image has no natural width).
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  const download = page.getByRole('link', { name: 'Download The embargoed hero' })
  await expect(download).toBeVisible()
  const href = (await download.getAttribute('href'))!
  expect(href).toContain(`${link.path}/media/`)
  const file = await reader.request.get(href)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toBe('image/png')
  expect(file.headers()['cache-control']).toMatch(/no-store/)

  // Anyone else: the public file address, a forged link, another file name: all 404.
  const anon = (await browser.newContext()).request
  expect([403, 404]).toContain((await anon.get(`/api/media/file/${media.filename}`)).status())
  expect(
    (await anon.get(href.replace(/\.[\w-]+\/media\//, '.forged-secret-0000000000000000000/media/'))).status(),
  ).toBe(404)
  expect((await anon.get(`${link.path}/media/not-this-release.png`)).status()).toBe(404)
  expect((await anon.get(`${link.path}/media/..%2F..%2Fpackage.json`)).status()).toBe(404)

  // Revoked, the link opens nothing, pictures included.
  await request.patch(`/api/preview-links/${link.id}`, { headers: auth(adminToken), data: { revoked: true } })
  expect((await reader.request.get(href)).status()).toBe(404)
  await reader.close()
})
