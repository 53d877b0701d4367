import { randomBytes } from 'node:crypto'
import { auth, expect, test } from './support/fixtures'
import { adminTokenFor, startInstance, writeAs, type Instance } from './support/instance'
import { hasNginx, startNginx } from './support/nginx'

// The real thing in front: the repository's nginx configuration, caching, with a server of its own behind it that
// trusts nginx's address (and nobody else's) and lets shared caches keep a page for at most two seconds.
const APP_PORT = 3200
const NGINX_PORT = 3280
let app: Instance
let nginx: Awaited<ReturnType<typeof startNginx>>
let token: string

test.describe.configure({ mode: 'serial' })
test.skip(!hasNginx(), 'nginx is not installed (CI installs it: apt-get install nginx)')

test.beforeAll(async () => {
  test.setTimeout(300_000)
  app = await startInstance('nginx', APP_PORT, {
    TRUSTED_PROXIES: '127.0.0.2',
    CDN_MAX_AGE: '2',
    ENQUIRY_RATE_LIMIT: '2',
    SITE_URL: `http://127.0.0.1:${NGINX_PORT}`,
  })
  nginx = await startNginx(NGINX_PORT, APP_PORT)
  token = await adminTokenFor(app.url)
})
test.afterAll(async () => {
  await nginx?.stop()
  await app?.stop()
})

const publish = (data: Record<string, unknown>) =>
  writeAs(app.url, token, 'POST', 'releases', {
    title: `Behind nginx ${randomBytes(4).toString('hex')}`,
    summary: 'S.',
    _status: 'published',
    ...data,
  })

test('nginx caches public pages, briefly, as the app allows', async ({ request }) => {
  const first = await request.get(`${nginx.url}/news`)
  expect(first.headers()['cache-control'], `${first.status()} ${first.headers()['x-nextjs-cache']}`).toBe(
    'public, max-age=0, s-maxage=1, stale-while-revalidate=1',
  )
  await expect.poll(async () => (await request.get(`${nginx.url}/news`)).headers()['x-cache-status']).toBe('HIT')
  // The cache tags are for a cache that purges by tag, not for readers.
  expect(first.headers()['surrogate-key']).toBeUndefined()
  // Never the admin or the API.
  expect((await request.get(`${nginx.url}/api/releases?limit=1`)).headers()['x-cache-status']).toBeUndefined()
  // Never anything credential-like, however the cookie is spelled: neither served from the cache nor stored in it.
  const forms: Record<string, string>[] = [
    { Cookie: `payload-token=${token}` },
    { Cookie: `payload-token =${token}` },
    { Cookie: `theme=dark;PAYLOAD-TOKEN=${token}` },
    { Cookie: `payload%2Dtoken=${token}` },
    { Authorization: `JWT ${token}` },
  ]
  for (const headers of forms) {
    const res = await request.get(`${nginx.url}/news`, { headers })
    expect(res.headers()['x-cache-status'], JSON.stringify(headers).slice(0, 40)).toBe('BYPASS')
    expect(res.headers()['cache-control'], JSON.stringify(headers).slice(0, 40)).toBe('private, no-store')
  }
})

test('an unpublish shows through nginx within the bound, and an embargo never shows early', async ({ request }) => {
  const live = await publish({})
  const page = `${nginx.url}/news/${live.slug}`
  await expect.poll(async () => (await request.get(page)).status()).toBe(200)
  await request.get(page)
  await fetch(`${app.url}/api/releases/${live.id}`, {
    method: 'PATCH',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify({ _status: 'draft' }),
  })
  // Within CDN_MAX_AGE (two seconds here) and a little for the request itself.
  await expect.poll(async () => (await request.get(page)).status(), { timeout: 5000, intervals: [250] }).toBe(404)

  const lifts = Date.now() + 4000
  const embargoed = await publish({ embargoUntil: new Date(lifts).toISOString() })
  const embargoPage = `${nginx.url}/news/${embargoed.slug}`
  while (Date.now() < lifts - 300) {
    expect((await request.get(embargoPage)).status(), 'before the embargo lifts').toBe(404)
    await new Promise((r) => setTimeout(r, 250))
  }
  await expect
    .poll(async () => (await request.get(embargoPage)).status(), { timeout: 8000, intervals: [250] })
    .toBe(200)
})

test("the client address is nginx's report of it, and nobody can claim another", async ({ browser }) => {
  const send = async (base: string, spoofed: string) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': spoofed } })
    const page = await context.newPage()
    await page.goto(`${base}/media-enquiries`)
    await page.getByLabel('Your name').fill('Jo Bloggs')
    await page.getByLabel('Publication, programme or outlet').fill('The Harrowmere Post')
    await page.getByLabel('Email address').fill(`nginx-${randomBytes(3).toString('hex')}@example.com`)
    await page
      .getByLabel('Date', { exact: true })
      .fill(new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))
    await page.getByLabel('Time', { exact: true }).fill('16:30')
    await page.getByLabel('Subject').fill('Through the proxy')
    await page.getByLabel('Your enquiry').fill('A question.')
    await page.getByRole('button', { name: 'Send enquiry' }).click()
    const answer = await page
      .getByRole('heading', { level: 1, name: /^(Enquiry sent|Too many enquiries)$/ })
      .textContent()
    await context.close()
    return answer
  }
  // Two per client address here. One through nginx and one straight to the app, each claiming a different address:
  // both count as 127.0.0.1, because nginx (127.0.0.2) is believed about its client and nobody else is believed.
  expect(await send(nginx.url, '203.0.113.1')).toBe('Enquiry sent')
  expect(await send(app.url, '203.0.113.2')).toBe('Enquiry sent')
  expect(await send(nginx.url, '203.0.113.3')).toBe('Too many enquiries')
})
