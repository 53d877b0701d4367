import { randomBytes } from 'node:crypto'
import { loginToAdmin, openDocument } from './support/admin'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

test('a contributor checks a CSV of contacts, sees what it will do row by row, and imports exactly that', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const word = randomBytes(3).toString('hex')
  const known = { name: `Known ${word}`, email: `known-${word}@example.net`, outlet: 'Old Outlet' }
  const res = await request.post('/api/media-contacts', { headers: auth(adminToken), data: known })
  track('media-contacts', (await res.json()).doc.id)
  const fresh = `fresh-${word}@example.net`
  const csv = [
    'Name,Email,Outlet',
    `Fresh ${word},${fresh},The New Post`,
    `,${known.email.toUpperCase()},New Outlet`,
    `Nobody ${word},not-an-address,`,
  ].join('\n')

  const contributor = await makeUser('contributor')
  await loginToAdmin(page, contributor.email, contributor.password)
  await page.goto('/admin/collections/media-contacts')
  await page.getByText('Import contacts from a CSV file').click()
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Check file' }).click()
  const preview = page.getByRole('region', { name: 'What the import will do' })
  await expect(preview).toContainText('1 new contact, 1 update, 1 row skipped.')
  await expect(preview.getByRole('row', { name: new RegExp(fresh) })).toContainText('Add')
  await expect(preview.getByRole('row', { name: new RegExp(known.email) })).toContainText('Update')
  await expect(preview.getByRole('row', { name: /not-an-address/ })).toContainText('Skip')

  await page.getByRole('button', { name: 'Import 2 contacts' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('1 added, 1 updated')
  const found = await request.get(`/api/media-contacts?where[email][in]=${fresh},${known.email}&sort=email`, {
    headers: auth(adminToken),
  })
  const docs = (await found.json()).docs as Array<{ id: number; email: string; outlet: string }>
  for (const doc of docs) if (doc.email === fresh) track('media-contacts', doc.id)
  expect(docs.map((d) => [d.email, d.outlet])).toEqual([
    [fresh, 'The New Post'],
    [known.email, 'New Outlet'],
  ])
})

test('an editor pastes coverage addresses on the release’s Figures tab and sees the stories logged', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)
  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await openDocument(page, `/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Figures' }).click()
  await page
    .getByLabel('Paste addresses, one per line')
    .fill('https://www.bbc.co.uk/news/science-1?utm_source=x\nnot an address\nhttps://www.harrowmere-post.example/kelp')
  await page.getByRole('button', { name: 'Log coverage' }).click()
  const outcome = page.getByRole('status').filter({ hasText: 'Logged 2 stories' })
  await expect(outcome).toBeVisible()
  await expect(outcome).toContainText('not an address')
  const table = page.getByRole('table', { name: 'Stories logged for this release' })
  await expect(table.getByRole('row')).toHaveCount(3)
  // Logging coverage saved nothing of the release itself.
  await expect(page).toHaveURL(new RegExp(`/admin/collections/releases/${release.id}$`))
  const logged = await request.get(`/api/coverage?where[release][equals]=${release.id}`, { headers: auth(adminToken) })
  for (const doc of (await logged.json()).docs as Array<{ id: number }>) track('coverage', doc.id)
})
