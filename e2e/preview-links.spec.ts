import { loginToAdmin } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// Chromium here calls itself HeadlessChrome, which the log rightly takes for a robot: read as a person.
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

test('a journalist reads an embargoed release early through a link that can be revoked', async ({
  browser,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken, { embargoUntil: '2099-11-03T00:01:00.000Z' })
  track('releases', release.id)
  const res = await request.post('/api/preview-links', {
    headers: auth(adminToken),
    data: { release: release.id, recipient: 'Jo Bloggs, The Harrowmere Post' },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const link = (await res.json()).doc as { id: number; path: string }
  track('preview-links', link.id)
  expect(link.path).toMatch(/^\/preview\/[\w-]+\.[\w-]{30,}$/)

  const reader = await browser.newContext()
  const page = await reader.newPage()
  const response = await page.goto(link.path)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['cache-control']).toMatch(/private/)
  expect(response?.headers()['cache-control']).toMatch(/no-store/)
  expect(response?.headers()['referrer-policy']).toBe('no-referrer')
  await expect(page.getByText('EMBARGOED UNTIL 00:01 GMT Tuesday 3 November 2099')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: release.title })).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  // Its PDF carries the embargo line, for the link's holder only.
  const pdf = await reader.request.get(
    await page
      .getByRole('link', { name: 'PDF of this release (embargoed)' })
      .getAttribute('href')
      .then((h) => h!),
  )
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect(pdf.headers()['cache-control']).toMatch(/no-store/)

  // A guessed secret for the same key is no link at all.
  const forged = link.path.replace(/\.[\w-]+$/, '.not-the-secret-at-all-000000000000')
  expect((await reader.request.get(forged)).status()).toBe(404)
  // The public still cannot see it.
  expect((await reader.request.get(`/news/${release.slug}`)).status()).toBe(404)

  await request.patch(`/api/preview-links/${link.id}`, { headers: auth(adminToken), data: { revoked: true } })
  expect((await reader.request.get(link.path)).status()).toBe(404)
  expect((await reader.request.get(`${link.path}/release.pdf`)).status()).toBe(404)
  await reader.close()
})

test("an editor sees a release's preview links on the release itself", async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, { embargoUntil: '2099-11-03T00:01:00.000Z' })
  track('releases', release.id)
  const recipient = `Sam Reporter, Harrowmere Radio ${release.id}`
  const res = await request.post('/api/preview-links', {
    headers: auth(adminToken),
    data: { release: release.id, recipient },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const link = (await res.json()).doc as { id: number; path: string }
  track('preview-links', link.id)

  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Preview links' }).click()
  const row = page.getByRole('row').filter({ hasText: recipient })
  await expect(row).toBeVisible()
  await expect(row).toContainText('Active')
  await expect(row.getByRole('button', { name: 'Copy link' })).toBeVisible()

  // Contributors neither send nor see them.
  const contributor = await makeUser('contributor')
  await page.context().clearCookies()
  await loginToAdmin(page, contributor.email, contributor.password)
  await page.goto(`/admin/collections/releases/${release.id}`)
  await expect(page.getByRole('button', { name: 'For journalists' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Preview links' })).toHaveCount(0)
})

test("an editor sees each preview link's state, copies it, and sees who opened it and when", async ({
  page,
  browser,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken, { embargoUntil: '2099-11-03T00:01:00.000Z' })
  track('releases', release.id)
  const res = await request.post('/api/preview-links', {
    headers: auth(adminToken),
    data: { release: release.id, recipient: 'Opened twice' },
  })
  const link = (await res.json()).doc as { id: number; path: string }
  track('preview-links', link.id)
  // Two journalists (two addresses, as the proxy in front reports them) open it in their browsers; one reloads it
  // at once, which is one reading. A mail scanner fetching the link is not a reader.
  for (const address of ['198.51.100.10', '198.51.100.10', '198.51.100.20']) {
    const reader = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': address }, userAgent: PERSON })
    const journalist = await reader.newPage()
    expect((await journalist.goto(link.path))?.status()).toBe(200)
    await reader.close()
  }
  expect((await request.get(link.path, { headers: { 'User-Agent': 'Proofpoint URL Defense' } })).status()).toBe(200)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/admin/collections/preview-links/${link.id}`)
  await expect(page.getByRole('heading', { name: 'Opened 2 times' })).toBeVisible()
  await expect(page.getByText('By 2 different readers')).toBeVisible()
  await expect(page.getByText('Not counted: once by robots and mail link scanners.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Chrome on Linux' }).first()).toBeVisible()
  await expect(page.getByLabel('Link to send')).toHaveValue(new RegExp(`${link.path.replace(/\./g, '\\.')}$`))
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(link.path)

  await request.patch(`/api/preview-links/${link.id}`, { headers: auth(adminToken), data: { revoked: true } })
  await page.goto('/admin/collections/preview-links')
  await expect(page.getByRole('row').filter({ hasText: 'Opened twice' })).toContainText('Revoked')
})

test("a journalist's preview link shows what an editor published, not a contributor's later draft, and stops when withdrawn", async ({
  browser,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const approved = `Approved words ${Date.now()}`
  const created = await request.post('/api/releases?draft=true', {
    headers: auth(contributor.token),
    data: { title: `Contributor draft ${Date.now()}`, summary: 'A contributor drafts it.', _status: 'draft' },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  const id = (await created.json()).doc.id as number
  track('releases', id)
  // An editor publishes it under embargo and sends a preview link.
  const published = await request.patch(`/api/releases/${id}`, {
    headers: auth(adminToken),
    data: { title: approved, _status: 'published', embargoUntil: '2099-11-03T00:01:00.000Z' },
  })
  expect(published.ok(), await published.text()).toBeTruthy()
  const link = (
    await (
      await request.post('/api/preview-links', { headers: auth(adminToken), data: { release: id, recipient: 'Jo' } })
    ).json()
  ).doc as { id: number; path: string }
  track('preview-links', link.id)
  // The contributor edits afterwards: saved as a draft, and never shown to the journalist.
  const edited = await request.patch(`/api/releases/${id}`, {
    headers: auth(contributor.token),
    data: { title: 'Unreviewed words from later' },
  })
  expect(edited.ok(), await edited.text()).toBeTruthy()
  const journalist = await (await browser.newContext()).newPage()
  await journalist.goto(link.path)
  await expect(journalist.getByRole('heading', { level: 1, name: approved })).toBeVisible()
  await expect(journalist.getByText('Unreviewed words from later')).toHaveCount(0)
  // The editor withdraws the release: the link says so clearly, and the files under it are gone.
  await request.patch(`/api/releases/${id}`, { headers: auth(adminToken), data: { _status: 'draft' } })
  const withdrawn = await journalist.goto(link.path)
  expect(withdrawn?.status()).toBeLessThan(500)
  await expect(journalist.getByRole('heading', { name: 'This preview is not available' })).toBeVisible()
  await expect(journalist.getByText('The press office has withdrawn this release.')).toBeVisible()
  await expect(journalist.getByText(approved)).toHaveCount(0)
  expect((await journalist.request.get(`${link.path}/release.pdf`)).status()).toBe(404)
})
