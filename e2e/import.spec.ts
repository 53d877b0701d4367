import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loginToAdmin, openDocument } from './support/admin'
import { auth, expect, test } from './support/fixtures'

test('a press officer imports an old web page and a pasted release as drafts, each with its report', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const contributor = await makeUser('contributor')
  const tag = randomBytes(4).toString('hex')
  await loginToAdmin(page, contributor.email, contributor.password)
  // In the menu beside the collections (folded away on narrow screens).
  await expect(page.getByRole('link', { name: 'Import releases' })).toHaveAttribute('href', '/admin/import')
  await page.goto('/admin/import')
  await expect(page.getByRole('heading', { name: 'Import releases' })).toBeVisible()

  const html = readFileSync('tests/fixtures/import/library-page.html', 'utf8').replace(
    '</body>',
    `<!-- ${tag} --></body>`,
  )
  await page
    .getByLabel(/^Files/)
    .setInputFiles({ name: 'library-page.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await page
    .getByLabel('Or paste a release (text or HTML)')
    .fill(
      `Allotments open to new growers ${tag}\n\n14/03/2022\n\n` +
        'The council has opened forty new allotments beside the river.\n\nENDS',
    )
  await page.getByRole('button', { name: 'Import' }).click()

  const results = page.getByRole('region', { name: 'Import results' })
  const pageResult = results.getByRole('article', { name: 'library-page.html' })
  await expect(pageResult.getByRole('link', { name: 'New library opens its doors to the town' })).toBeVisible()
  await expect(pageResult.getByRole('region', { name: 'Repaired' })).toContainText(
    'htp://example.org/library/visit → http://example.org/library/visit',
  )
  await expect(pageResult.getByRole('region', { name: 'Dropped (page furniture)' })).toContainText('Share this release')
  await expect(pageResult.getByRole('region', { name: 'Left for you to check' })).toContainText(
    'Dr Nobody Inparticular',
  )
  const pasted = results.getByRole('article', { name: 'Pasted release' })
  await expect(pasted.getByRole('link', { name: `Allotments open to new growers ${tag}` })).toBeVisible()

  const href = (await pageResult
    .getByRole('link', { name: 'New library opens its doors to the town' })
    .getAttribute('href'))!
  const imported = await (
    await request.get(`/api/releases/${href.split('/').pop()}?draft=true&depth=0`, { headers: auth(adminToken) })
  ).json()
  // The page's picture came in as media: removed after the release that uses it.
  track('media', imported.heroImage)
  track('releases', imported.id)
  track('releases', Number((await pasted.getByRole('link').getAttribute('href'))!.split('/').pop()))

  // The draft, with its report a tab away. Nothing is public.
  await page.goto(href)
  await expect(page.getByLabel('Title', { exact: false }).first()).toHaveValue(
    'New library opens its doors to the town',
  )
  await page.getByRole('button', { name: 'Import report' }).click()
  await expect(page.getByText('Imported from library-page.html')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recognised' })).toContainText('Date: 03/02/2022')
  const { slug } = imported
  expect((await request.get(`/news/${slug}`)).status()).toBe(404)

  // The same file again finds that draft.
  await page.goto('/admin/import')
  await page
    .getByLabel(/^Files/)
    .setInputFiles({ name: 'library-page.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('article', { name: 'library-page.html' })).toContainText(
    'Already imported: the draft made before',
  )
})

test('a malformed link is shown beside the text with its fix, put right in one click, and the dashboard counts broken links', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  const editor = await makeUser('editor')
  const title = `Link to mend ${randomBytes(4).toString('hex')}`
  const body = {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [
            {
              type: 'link',
              version: 3,
              format: '',
              indent: 0,
              direction: 'ltr',
              fields: { linkType: 'custom', url: 'http://https://example.org/learning-cities', newTab: false },
              children: [
                { type: 'text', version: 1, text: 'learning cities', format: 0, detail: 0, mode: 'normal', style: '' },
              ],
            },
          ],
        },
      ],
    },
  }
  const res = await request.post('/api/releases?draft=true', {
    headers: auth(adminToken),
    data: { title, summary: 'A link to mend.', body, _status: 'draft' },
  })
  expect(res.ok()).toBeTruthy()
  const { doc } = await res.json()
  track('releases', doc.id)

  await loginToAdmin(page, editor.email, editor.password)
  await expect(page.getByRole('heading', { name: /^Broken links \(\d+\)$/ })).toBeVisible()
  // Opened until the form is live: a click on the server-drawn button before React takes over does nothing.
  await openDocument(page, `/admin/collections/releases/${doc.id}`)
  const warnings = page.getByRole('region', { name: 'Links to check' })
  await expect(warnings).toContainText('http://https://example.org/learning-cities')
  await expect(warnings).toContainText('Meant: https://example.org/learning-cities')
  await warnings.getByRole('button', { name: 'Fix this link' }).click()
  // The fix reloads the whole admin page, which takes longer than an assertion's default on a busy machine.
  await expect(page.getByRole('region', { name: 'Links to check' })).toHaveCount(0, { timeout: 30_000 })
  const latest = await (
    await request.get(`/api/releases/${doc.id}?draft=true&depth=0`, { headers: auth(adminToken) })
  ).json()
  expect(JSON.stringify(latest.body)).toContain('"url":"https://example.org/learning-cities"')
})
