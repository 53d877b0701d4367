import { loginToAdmin } from './support/admin'
import { ADMIN } from './support/credentials'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// The suite's Chromium calls itself HeadlessChrome, which the counter rightly takes for a robot: read as a person.
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
test.use({ userAgent: PERSON })

test('readings of a release are counted on the server, cached pages included, robots not, and shown to the press office', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)

  // Three readers (three addresses, as the proxy in front reports them) read the page, the second and third from
  // Next's cache; the first reloads it twice, which counts once; one of them reads the plain text.
  for (const [address, times] of [
    ['198.51.100.31', 3],
    ['198.51.100.32', 1],
    ['198.51.100.33', 1],
  ] as const) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': address })
    for (let i = 0; i < times; i++) {
      const res = await page.goto(`/news/${release.slug}`)
      expect(res?.status()).toBe(200)
      // Counting needs nothing from the reader: no cookie is set.
      expect(await res?.headerValue('set-cookie')).toBeNull()
    }
  }
  expect((await page.request.get(`/news/${release.slug}/release.txt`)).status()).toBe(200)
  await page.setExtraHTTPHeaders({})
  // A crawler and a script: not counted.
  await request.get(`/news/${release.slug}`, {
    headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  })
  await request.get(`/news/${release.slug}`, { headers: { 'User-Agent': 'curl/8.5.0' } })
  expect(await page.context().cookies()).toEqual([])

  // The counts reach the database within seconds; the export shows them.
  const figures = async () => {
    const csv = await (await request.get('/api/releases/figures.csv', { headers: auth(adminToken) })).text()
    const mine = csv.split('\r\n').filter((line) => line.includes(`"${release.slug}"`))
    return Object.fromEntries(mine.map((line) => [line.split('","')[4], Number(line.split('","')[5].replace('"', ''))]))
  }
  await expect.poll(figures, { timeout: 30_000 }).toEqual({ 'Page views': 3, 'Plain text': 1 })

  // On the release, in the admin.
  await loginToAdmin(page, ADMIN.email, ADMIN.password)
  await page.goto(`/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Figures' }).click()
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Page views' }) })
  const allTime = table.getByRole('row', { name: /All time/ })
  await expect(allTime.getByRole('cell')).toHaveText(['3', '1', '0', '0', '0', '0', '0', '0'])

  // And among the week's releases.
  await page.goto('/admin/what-landed')
  await expect(page.getByRole('heading', { level: 1, name: 'What landed' })).toBeVisible()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  await expect(row.getByRole('cell').first()).toHaveText('3')
  await expect(page.getByRole('heading', { name: 'Enquiries this week' })).toBeVisible()
})
