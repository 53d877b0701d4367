import { expect, test } from './support/fixtures'
import { createRelease, firstId, updateRelease } from './support/releases'

test('a release page shows every part of a press release, in order', async ({ page, request, adminToken, track }) => {
  const topic = await firstId(request, adminToken, 'topics', '&where[slug][equals]=research')
  const contact = await firstId(request, adminToken, 'contacts', '&where[isTeam][equals]=false')
  const image = await firstId(request, adminToken, 'media')
  const picked = await createRelease(request, adminToken, { topics: [topic] })
  track('releases', picked.id)
  const release = await createRelease(request, adminToken, {
    topics: [topic],
    contacts: [contact],
    heroImage: image,
    downloads: [image],
    related: [picked.id],
    releaseDate: '2026-03-29T23:30:00.000Z',
  })
  track('releases', release.id)

  await page.goto(`/news/${release.slug}`)
  const main = page.getByRole('main')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.title)
  // 23:30 UTC on 29 March 2026 is already 30 March in London (BST).
  await expect(main.locator('time').first()).toHaveText('30/03/2026')
  await expect(main.locator('time').first()).toHaveAttribute('datetime', '2026-03-29T23:30:00.000Z')

  const parts = [
    main.getByRole('link', { name: /^Back/ }),
    page.getByRole('heading', { level: 1 }),
    main.locator('time').first(),
    main.locator('figure.hero img'),
    main.getByRole('blockquote').or(main.locator('blockquote')).first(),
    main.getByText('ENDS', { exact: true }),
    main.getByRole('heading', { name: 'Notes to editors' }),
    main.getByRole('heading', { name: /^About / }),
    main.getByText(/^For more information please contact/),
    main.getByRole('heading', { name: /download/i }),
    main.getByRole('heading', { name: 'Share this release' }),
    main.getByRole('heading', { name: 'Related Stories' }),
  ]
  const tops: number[] = []
  for (const part of parts) {
    await expect(part).toBeVisible()
    tops.push((await part.boundingBox())!.y)
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b))

  await expect(main.getByRole('link', { name: 'a link to the report' })).toHaveAttribute(
    'href',
    'https://example.org/report',
  )
  const contactBlock = main.locator('.contact-block')
  await expect(contactBlock.locator('a[href^="tel:"]').first()).toBeVisible()
  await expect(contactBlock.locator('a[href^="mailto:"]').first()).toBeVisible()
  await expect(contactBlock.getByText(/Out of hours/)).toBeVisible()
  await expect(main.locator('.downloads')).toContainText(/JPEG/)
  await expect(main.locator('.downloads')).toContainText(/\d+ × \d+|\d+x\d+/)
  for (const network of ['Email', 'X', 'LinkedIn', 'Facebook', 'WhatsApp', 'Bluesky']) {
    await expect(main.getByRole('link', { name: new RegExp(`^${network}`) })).toBeVisible()
  }
  await expect(main.getByRole('button', { name: /copy link/i })).toBeVisible()

  const related = main.locator('.related').getByRole('heading', { level: 3 })
  await expect(related).toHaveCount(3)
  await expect(related.first()).toHaveText(picked.title)
  await expect(main.locator('.related')).not.toContainText(release.title)

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: release.title })
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/news/${release.slug}$`))
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /1200x630/)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
})

test('a release without a picture gets a generated 1200x630 social card', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)
  await page.goto(`/news/${release.slug}`)
  const card = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(card).toMatch(new RegExp(`/news/${release.slug}/card.png$`))
  const res = await request.get(new URL(card!).pathname)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toBe('image/png')
})

test('a release prints without navigation, sharing or related stories', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)
  await page.goto(`/news/${release.slug}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Share this release' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByText('ENDS', { exact: true })).toBeVisible()
})

test('unknown, draft and embargoed slugs answer 404', async ({ page, request, adminToken, track }) => {
  const draft = await createRelease(request, adminToken, { status: 'draft' })
  const embargoed = await createRelease(request, adminToken, {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  track('releases', draft.id)
  track('releases', embargoed.id)
  for (const slug of ['no-such-release', draft.slug, embargoed.slug]) {
    const response = await page.goto(`/news/${slug}`)
    expect(response?.status(), slug).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText(draft.title)
  }
})

test('a 404 is a whole page, in English, without JavaScript', async ({ browser, request }) => {
  const reader = await browser.newContext({ javaScriptEnabled: false })
  const page = await reader.newPage()
  for (const path of ['/no-such-page', '/news/no-such-release', '/topics/no-such-topic', '/experts/no-such-expert']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en-GB')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), path).toBeVisible()
    await expect(page.getByRole('link', { name: 'Browse all news' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  }
  // A dead preview link says so, to the journalist who holds it.
  await page.goto('/preview/not-a-real-token')
  await expect(page.getByRole('heading', { level: 1, name: 'This preview is not available' })).toBeVisible()
  // The whole pages are this server's own to ask for.
  expect((await request.get('/page-not-found')).status()).toBe(404)
  expect((await request.get('/page-not-found', { headers: { 'x-press-office-not-found': '1' } })).status()).toBe(404)
  await reader.close()
})

test('when a published release is renamed, its old address answers 301 to the new one', async ({
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken)
  track('releases', release.id)
  const newSlug = `${release.slug}-renamed`
  const res = await request.patch(`/api/releases/${release.id}`, {
    headers: { Authorization: `JWT ${adminToken}` },
    data: { slug: newSlug, _status: 'published' },
  })
  expect(res.ok()).toBeTruthy()
  await expect
    .poll(async () => {
      const r = await request.get(`/news/${release.slug}`, { maxRedirects: 0 })
      return [r.status(), r.headers().location]
    })
    .toEqual([301, expect.stringMatching(new RegExp(`/news/${newSlug}$`))])
  expect((await request.get(`/news/${newSlug}`)).status()).toBe(200)
})

test('a journalist gets the release as plain text to quote from, in the order of the original', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const contactId = await firstId(request, adminToken, 'contacts', '&where[isTeam][equals]=false')
  const contact = await (await request.get(`/api/contacts/${contactId}`)).json()
  const release = await createRelease(request, adminToken, {
    contacts: [contactId],
    releaseDate: '2026-03-29T23:30:00.000Z',
  })
  track('releases', release.id)

  await page.goto(`/news/${release.slug}`)
  const link = page.getByRole('link', { name: 'Plain text of this release' })
  const res = await request.get((await link.getAttribute('href'))!)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^text\/plain; charset=utf-8/)
  const text = await res.text()
  expect(text).not.toMatch(/<[a-z]/i)
  const inOrder = [
    'FOR IMMEDIATE RELEASE',
    release.title,
    '30/03/2026',
    `Summary of ${release.title}.`,
    '“This is a quotation,” said Dr Test Person, Head of Testing.',
    'ENDS',
    'Notes to editors',
    'A note for editors.',
    `For more information please contact ${contact.name}.`,
    contact.phone,
    `/news/${release.slug}`,
  ]
  const positions = inOrder.map((part) => text.indexOf(part))
  for (const [i, part] of inOrder.entries()) expect(positions[i], part).toBeGreaterThan(-1)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)

  // Cached like the page, and refreshed like it: an edit shows, an unpublish removes it.
  const txt = `/news/${release.slug}/release.txt`
  await updateRelease(request, adminToken, release.id, { summary: 'A corrected standfirst.' })
  await expect.poll(async () => (await request.get(txt)).text()).toContain('A corrected standfirst.')
  const pdf = await request.get(`/news/${release.slug}/release.pdf`)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  await updateRelease(request, adminToken, release.id, { _status: 'draft' })
  await expect.poll(async () => (await request.get(txt)).status()).toBe(404)
  await expect.poll(async () => (await request.get(`/news/${release.slug}/release.pdf`)).status()).toBe(404)
})

test("an old website's addresses lead to releases here, once they are public", async ({
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken, {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  track('releases', release.id)
  const old = `/press-releases/2019/05/${release.slug}.html`
  const created = await request.post('/api/redirects', {
    headers: { Authorization: `JWT ${adminToken}` },
    data: { from: `https://old.example.ac.uk${old}`, release: release.id },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  track('redirects', (await created.json()).doc.id)
  const other = await request.post('/api/redirects', {
    headers: { Authorization: `JWT ${adminToken}` },
    data: { from: `${old}-team`, to: '/contacts' },
  })
  track('redirects', (await other.json()).doc.id)

  const answer = async (path: string) => {
    const r = await request.get(path, { maxRedirects: 0 })
    return [r.status(), r.headers().location ?? null]
  }
  await expect.poll(() => answer(`${old}-team`)).toEqual([301, expect.stringMatching(/\/contacts$/)])
  // Embargoed: the old link shows nothing of it yet.
  expect(await answer(old)).toEqual([404, null])

  await request.patch(`/api/releases/${release.id}`, {
    headers: { Authorization: `JWT ${adminToken}` },
    data: { embargoUntil: new Date(Date.now() - 1000).toISOString(), _status: 'published' },
  })
  await expect.poll(() => answer(old)).toEqual([301, expect.stringMatching(new RegExp(`/news/${release.slug}$`))])
})

test('journalists get every picture with its size, a press kit, and the text to copy', async ({ page, request }) => {
  const featured = (await (await request.get('/api/releases?where[featured][equals]=true&limit=1&depth=0')).json())
    .docs[0]
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`/news/${featured.slug}`)
  const downloads = page.getByRole('region', { name: 'Downloads for journalists' })
  // The hero is offered whether or not it was added under Downloads, with type, size and pixels.
  await expect(downloads.getByRole('listitem').first()).toContainText(/JPEG, \d+ KB, \d+ × \d+ pixels/)
  // Offered for one picture too: the zip also holds the release's text and the credits.
  const kitName = /^Download all \(the release and (its file|\d+ files), with credits\)/
  const kit = downloads.getByRole('link', { name: kitName })
  const zip = await request.get((await kit.getAttribute('href'))!)
  expect(zip.status()).toBe(200)
  expect(zip.headers()['content-type']).toBe('application/zip')
  await page.getByRole('button', { name: 'Copy text' }).click()
  await expect(page.getByText('Text copied')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(featured.title)
  expect(copied).toContain('ENDS')
  expect(copied).not.toContain('Download all')
})

test("a reader's release page runs none of the framework's scripts, and its copy buttons still work", async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken, {})
  track('releases', release.id)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
  await page.goto(`/news/${release.slug}`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/news/${release.slug}$`))
  expect(scripts).toEqual(['/assets/enhance.js'])
  // Links are plain links: the next page is a whole page, still without the framework.
  await page.getByRole('link', { name: /^Back/ }).click()
  await expect(page).toHaveURL(/\/news$/)
  expect(scripts).toEqual(['/assets/enhance.js'])
})
