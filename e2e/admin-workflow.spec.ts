import { randomBytes } from 'node:crypto'
import { formatEmbargo } from '../lib/time/dates'
import { loginToAdmin } from './support/admin'
import { expect, test } from './support/fixtures'
import { createRelease, submitForReview } from './support/releases'

// An hour ahead, to the minute: soon enough to lead the dashboard's embargoes, far enough to hold for the test.
const anHourAhead = () => {
  const at = new Date(Date.now() + 60 * 60_000)
  at.setUTCSeconds(0, 0)
  return at
}
const hex = () => randomBytes(4).toString('hex')

test('an embargoed release shows EMBARGOED with its London time in the list, the edit view and the dashboard', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const embargo = anHourAhead()
  const release = await createRelease(request, adminToken, {
    title: `Embargoed admin check ${hex()}`,
    embargoUntil: embargo.toISOString(),
  })
  track('releases', release.id)
  const badge = `EMBARGOED until ${formatEmbargo(embargo)}`
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)

  await page.goto(`/admin/collections/releases?search=${encodeURIComponent(release.title)}`)
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  await expect(row.getByText(badge)).toBeVisible()

  await row.getByRole('link', { name: release.title }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/releases/${release.id}$`))
  await expect(page.getByText(badge)).toBeVisible()

  await page.goto('/admin')
  const upcoming = page.getByRole('region', { name: /^Upcoming embargoes/ })
  const entry = upcoming.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  await expect(entry).toContainText(formatEmbargo(embargo))
  await expect(entry).toContainText(/in (\d+ minutes|1 hour)/)
  await entry.getByRole('link', { name: release.title }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/releases/${release.id}$`))
})

test('a release submitted for review waits on the dashboard under In review, with its author', async ({
  page,
  request,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const editor = await makeUser('editor')
  const release = await createRelease(request, contributor.token, {
    title: `For review admin check ${hex()}`,
    status: 'draft',
  })
  track('releases', release.id)
  await submitForReview(request, contributor.token, release.id)

  await loginToAdmin(page, editor.email, editor.password)
  await page.goto('/admin')
  const inReview = page.getByRole('region', { name: /^In review/ })
  const entry = inReview.getByRole('row').filter({ has: page.getByRole('link', { name: release.title }) })
  await expect(entry).toContainText('Test contributor')
  await expect(
    page.getByRole('region', { name: /^Upcoming embargoes/ }).getByRole('link', { name: release.title }),
  ).toHaveCount(0)
})
