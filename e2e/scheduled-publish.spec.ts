import { randomBytes } from 'node:crypto'
import { loginToAdmin } from './support/admin'
import { expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// The Schedule drawer takes whole minutes: the next one at least 20 seconds away, as typed in London time.
function nextMinute() {
  const at = new Date(Date.now() + 20_000)
  at.setUTCSeconds(0, 0)
  at.setUTCMinutes(at.getUTCMinutes() + 1)
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/London',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return { at, typed: `${p.month} ${p.day}, ${p.year} ${p.hour}:${p.minute} ${p.dayPeriod}` }
}

test('an editor schedules a release in the admin and it goes public at that minute by itself', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  test.setTimeout(150_000)
  const release = await createRelease(request, adminToken, {
    title: `Scheduled release ${randomBytes(4).toString('hex')}`,
    status: 'draft',
  })
  track('releases', release.id)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/releases/${release.id}`)

  // Payload's menu beside Publish has no accessible name: it is the button that follows it.
  await page.getByRole('button', { name: 'Publish changes' }).locator('xpath=following::button[1]').click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  // The radio is drawn over by a styled circle; its label is what a person clicks.
  await page.getByLabel('Publish', { exact: true }).check({ force: true })
  const { at, typed } = nextMinute()
  const time = page.locator('#time input')
  await time.fill(typed)
  await time.press('Enter')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Scheduled successfully.')).toBeVisible()
  await expect(page.locator('.schedule-publish__upcoming')).toContainText('London (GMT/BST)')

  // Not before its time...
  expect((await request.get(`/news/${release.slug}`)).status()).toBe(404)
  expect(await (await request.get('/news')).text()).not.toContain(release.title)
  // ...then on the page and in the cached list, with nobody touching anything.
  await expect
    .poll(async () => (await request.get(`/news/${release.slug}`)).status(), {
      timeout: at.getTime() - Date.now() + 30_000,
      intervals: [1000],
    })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  await expect.poll(async () => (await request.get('/news')).text(), { timeout: 10_000 }).toContain(release.title)
})
