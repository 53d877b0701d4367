import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

/** Whether a script put into the page after it loaded runs (an inline script runs as it is inserted). */
const injectedScriptRan = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    return (window as { __injected?: boolean }).__injected === true
  })

test('every response carries the security headers, and public pages stay cacheable', async ({ request }) => {
  const release = (await (await request.get('/api/releases?limit=1&depth=0')).json()).docs[0]
  for (const path of [
    '/',
    '/news',
    `/news/${release.slug}`,
    '/api/releases?limit=1',
    '/media-enquiries',
    '/admin/login',
  ]) {
    const headers = (await request.get(path)).headers()
    expect(headers['content-security-policy'], path).toMatch(/default-src 'self'/)
    expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'self'/)
    expect(headers['content-security-policy'], path).not.toMatch(/https?:\/\//)
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d+/)
  }
  // The second visit to a release page is served from Next's cache, headers and all.
  await request.get(`/news/${release.slug}`)
  const cached = await request.get(`/news/${release.slug}`)
  expect(cached.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)

  const picture = (await (await request.get('/api/media?limit=1')).json()).docs[0]
  const file = await request.get(picture.url)
  expect(file.status()).toBe(200)
  expect(file.headers()['x-content-type-options']).toBe('nosniff')
})

test('HEAD on a file answers like GET, without the body', async ({ request }) => {
  // A photograph: other tests upload text files, which are sent compressed and so carry no length at all.
  const picture = (await (await request.get('/api/media?limit=1&where[mimeType][equals]=image/jpeg')).json()).docs[0]
  const identity = { headers: { 'accept-encoding': 'identity' } }
  const [head, get] = [await request.head(picture.url, identity), await request.get(picture.url, identity)]
  expect(head.status()).toBe(200)
  expect(head.headers()['content-type']).toBe(get.headers()['content-type'])
  // The size is told both ways: a journalist's download shows progress, a link checker learns it without fetching.
  expect(get.headers()['content-length']).toBe(String((await get.body()).length))
  expect(head.headers()['content-length']).toBe(get.headers()['content-length'])
  expect((await head.body()).length).toBe(0)
})

test('pages run only the inline scripts they were served with: the policy names each by hash', async ({ page }) => {
  // Pages that keep the framework (the admin, personal links); reading pages and the public forms carry no inline
  // script at all (below).
  for (const path of ['/admin/login', '/subscribe/manage?token=nonsense']) {
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    const response = await page.goto(path)
    const policy = response!.headers()['content-security-policy']
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'))!
    expect(scriptSrc, path).not.toContain("'unsafe-inline'")
    expect(scriptSrc, path).toMatch(/'sha256-[\w+/=]+'/)
    // The page's own scripts ran (React took over the page), and nothing was refused.
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => Boolean((window as { __next_f?: unknown }).__next_f)), path).toBe(true)
    expect(violations, path).toEqual([])
    // A script put into the page afterwards is refused.
    // (An inline script runs as it is inserted, so the answer is known at once.)
    expect(await injectedScriptRan(page), path).toBe(false)
    page.removeAllListeners('console')
  }
})

test("a reader's page carries no inline script, so its policy allows none, and an injected one is refused", async ({
  page,
}) => {
  for (const path of ['/', '/news', '/media-enquiries', '/subscribe']) {
    const response = await page.goto(path)
    const policy = response!.headers()['content-security-policy']
    expect(
      policy
        .split(';')
        .find((d) => d.trim().startsWith('script-src'))!
        .trim(),
      path,
    ).toBe("script-src 'self'")
    expect(await page.evaluate(() => Boolean((window as { __next_f?: unknown }).__next_f)), path).toBe(false)
    expect(await injectedScriptRan(page), path).toBe(false)
  }
})
