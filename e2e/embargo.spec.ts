import { expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

test('an embargoed release appears on every cached page by itself when its embargo lifts', async ({
  browser,
  request,
  adminToken,
  track,
}) => {
  test.setTimeout(60_000)
  const liftsAt = new Date(Date.now() + 8_000)
  const release = await createRelease(request, adminToken, { embargoUntil: liftsAt.toISOString() })
  track('releases', release.id)

  // An anonymous reader, in a context that has never logged in.
  const reader = await browser.newContext()
  const page = await reader.newPage()
  const before = await page.goto(`/news/${release.slug}`)
  expect(before?.status()).toBe(404)
  await page.goto('/news')
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  await expect(page.getByText(release.title)).toHaveCount(0)
  const api = await reader.request.get(`/api/releases?where[slug][equals]=${release.slug}`)
  expect((await api.json()).totalDocs).toBe(0)

  // Nobody touches the release or the server; only the clock moves. Within 5 seconds of the lift it is everywhere.
  await expect
    .poll(async () => (await reader.request.get('/news')).text(), { timeout: 8_000 + 5_000, intervals: [500] })
    .toContain(release.title)
  expect((await reader.request.get(`/news/${release.slug}`)).status()).toBe(200)
  expect((await (await reader.request.get(`/api/releases?where[slug][equals]=${release.slug}`)).json()).totalDocs).toBe(
    1,
  )
  await reader.close()
})
