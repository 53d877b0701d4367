import { loginToAdmin } from './support/admin'
import { expect, test } from './support/fixtures'

test('an editor writes a release with a formatted body in the admin, publishes it and sees it on the site', async ({
  page,
  makeUser,
  track,
}) => {
  const editor = await makeUser('editor')
  const title = `Harrowmere test release ${Date.now()}`

  await loginToAdmin(page, editor.email, editor.password)
  await page.goto('/admin/collections/releases/create')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Summary').fill('A standfirst written in the admin by an end-to-end test.')

  const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await page.keyboard.type('Plain words, then ')
  await page.keyboard.press('ControlOrMeta+b')
  await page.keyboard.type('bold words')
  await page.keyboard.press('ControlOrMeta+b')
  await page.keyboard.type('.')

  // The rich-text field hands its value to the form when the browser is idle; autosave then keeps the draft. Publish
  // once the draft holds the bold words, as a person (slower than a test) always would.
  await page.waitForURL(/releases\/\d+/)
  const id = page.url().match(/releases\/(\d+)/)?.[1]
  expect(id, 'the release got an id').toBeTruthy()
  track('releases', id!)
  await expect
    .poll(() => page.evaluate((url) => fetch(url).then((r) => r.text()), `/api/releases/${id}?draft=true&depth=0`), {
      timeout: 15_000,
    })
    .toContain('bold words')

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()

  const slug = title.toLowerCase().replace(/\s+/g, '-')
  await page.goto(`/news/${slug}`)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.locator('article strong', { hasText: 'bold words' })).toBeVisible()

  await page.goto('/news')
  await expect(page.getByRole('link', { name: title })).toBeVisible()
})
