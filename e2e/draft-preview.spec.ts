import { randomBytes } from 'node:crypto'
import { loginToAdmin } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

const hex = () => randomBytes(4).toString('hex')

test('only signed-in staff see a draft preview, which shows the unpublished changes', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, { title: `Published headline ${hex()}` })
  track('releases', release.id)
  const draftTitle = `Unpublished headline ${hex()}`
  const saved = await request.patch(`/api/releases/${release.id}?draft=true`, {
    headers: auth(adminToken),
    data: { title: draftTitle, _status: 'draft' },
  })
  expect(saved.ok(), await saved.text()).toBeTruthy()
  const path = `/preview/release/${release.id}`

  // Anonymous: sent to sign in, and nothing of the draft on the way.
  const anonymous = await request.get(path, { maxRedirects: 0 })
  expect(anonymous.status()).toBe(307)
  expect(anonymous.headers()['location']).toContain('/admin/login?redirect=')
  expect(await anonymous.text()).not.toContain(draftTitle)
  // A cookie that merely claims draft mode is not a session.
  const claimed = await request.get(path, {
    maxRedirects: 0,
    headers: { Cookie: '__prerender_bypass=1; payload-token=forged' },
  })
  expect(claimed.status()).toBe(307)
  // The public page still shows what was published.
  await expect.poll(async () => (await request.get(`/news/${release.slug}`)).text()).not.toContain(draftTitle)

  const contributor = await makeUser('contributor')
  await loginToAdmin(page, contributor.email, contributor.password)
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/)
  expect(response?.headers()['referrer-policy']).toBe('no-referrer')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.getByRole('heading', { level: 1, name: draftTitle })).toBeVisible()
  const banner = page.getByRole('note')
  await expect(banner).toContainText('PREVIEW: NOT PUBLIC')
  await expect(banner.getByRole('link', { name: 'see it' })).toHaveAttribute('href', `/news/${release.slug}`)
  expect((await page.goto('/preview/release/999999999'))?.status()).toBe(404)
})

test('the live preview beside the editor follows the draft as it autosaves', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, { title: `Live preview ${hex()}`, status: 'draft' })
  track('releases', release.id)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Live Preview' }).click()

  const preview = page.frameLocator(`iframe[src*="/preview/release/${release.id}"]`)
  await expect(preview.getByRole('heading', { level: 1, name: release.title })).toBeVisible()
  await expect(preview.getByRole('note')).toContainText('Not published yet.')

  const edited = `Edited live ${hex()}`
  await page.getByLabel('Title').fill(edited)
  // Autosave stores the draft; the preview then re-renders it from the server.
  await expect(preview.getByRole('heading', { level: 1, name: edited })).toBeVisible({ timeout: 20_000 })
})
