import { randomBytes } from 'node:crypto'
import { loginToAdmin } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

test('an editor renames a live release in the admin, through autosave, and its old address still leads there', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)
  const editor = await makeUser('editor')
  const newSlug = `renamed-${randomBytes(4).toString('hex')}`

  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/releases/${release.id}`)
  const slug = page.getByLabel('Slug')
  await slug.click()
  await slug.press('ControlOrMeta+a')
  await slug.pressSequentially(newSlug, { delay: 30 })
  // Autosave writes a draft with the new slug before anyone presses Publish.
  await expect
    .poll(
      async () =>
        (
          await (
            await request.get(`/api/releases/${release.id}?draft=true&depth=0`, { headers: auth(adminToken) })
          ).json()
        ).slug,
    )
    .toBe(newSlug)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()

  await expect.poll(async () => (await request.get(`/news/${newSlug}`)).status()).toBe(200)
  const old = () => request.get(`/news/${release.slug}`, { maxRedirects: 0 })
  await expect.poll(async () => (await old()).status()).toBe(301)
  expect((await old()).headers()['location']).toMatch(new RegExp(`/news/${newSlug}$`))
})
