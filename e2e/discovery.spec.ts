import { randomBytes } from 'node:crypto'
import { expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// Letters only, so search treats it as one ordinary word that no other release contains.
const rareWord = () => 'zq' + [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')

test('the header search box finds a fresh release and highlights the match', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const word = rareWord()
  const release = await createRelease(request, adminToken, { title: `Harbour ${word} survey` })
  track('releases', release.id)

  await page.goto('/')
  const search = page.getByRole('search', { name: 'Site search' })
  await search.getByLabel('Search the newsroom').fill(word)
  await search.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText(`1 release found for “${word}”`)
  await expect(page.getByRole('main').getByRole('link', { name: release.title })).toBeVisible()
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(word)
  // The query stays in the box, ready to refine.
  await expect(search.getByLabel('Search the newsroom')).toHaveValue(word)
})

test('drafts are never found and absurd searches get a friendly answer, not an error', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const word = rareWord()
  const draft = await createRelease(request, adminToken, { title: `Draft ${word}`, status: 'draft' })
  track('releases', draft.id)
  await page.goto(`/search?q=${word}`)
  await expect(page.getByText('No releases match your search.')).toBeVisible()

  const long = await request.get(`/search?q=${'x'.repeat(10_240)}`)
  expect(long.status()).toBeLessThan(500)
  expect(await long.text()).toContain('That search is too long')
  for (const q of ["'; DROP TABLE releases; --", '<script>alert(1)</script>', '"unclosed', '!!! && ||']) {
    const res = await request.get(`/search?q=${encodeURIComponent(q)}`)
    expect(res.status(), q).toBe(200)
    expect(await res.text(), q).not.toContain('<script>alert(1)</script>')
  }
  await page.goto('/search?q=')
  await expect(page.getByText('Enter a word or two to search the news releases.')).toBeVisible()
})

test('the RSS feed, sitemap and robots.txt are XML and text that include a freshly published release', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const release = await createRelease(request, adminToken, { title: `Feed ${rareWord()}` })
  track('releases', release.id)

  await expect.poll(async () => (await request.get('/news/feed.xml')).text()).toContain(release.title)
  const feed = await request.get('/news/feed.xml')
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  expect(await feed.text()).toMatch(/^<\?xml[^>]*>\s*<rss version="2.0"/)

  await expect.poll(async () => (await request.get('/sitemap.xml')).text()).toContain(`/news/${release.slug}</loc>`)
  expect((await request.get('/sitemap.xml')).headers()['content-type']).toContain('xml')
  await expect
    .poll(async () => (await request.get('/sitemap-news.xml')).text())
    .toContain(`/news/${release.slug}</loc>`)

  const robots = await (await request.get('/robots.txt')).text()
  for (const line of ['Disallow: /admin', 'Disallow: /api', 'Disallow: /preview', 'Sitemap: '])
    expect(robots).toContain(line)

  // Pages announce the feed to browsers and feed readers.
  await page.goto('/news')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    /\/news\/feed\.xml$/,
  )
  await expect(
    page.getByRole('complementary', { name: 'For journalists' }).getByRole('link', { name: 'RSS feed' }),
  ).toHaveAttribute('href', '/news/feed.xml')
})

test('the subscribe form keeps what was typed on an error and confirms by email on success', async ({ page }) => {
  const [a, b, c] = randomBytes(3)
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `10.${a}.${b}.${c}` })
  await page.goto('/')
  await page
    .getByRole('complementary', { name: 'For journalists' })
    .getByRole('link', { name: 'get email alerts' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Email alerts' })).toBeVisible()

  const form = page.getByRole('form', { name: 'Email alerts' })
  await form.getByLabel('Email address').fill('not-an-address')
  await form.getByLabel('Only the topics I tick below').check()
  await form.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  // Each problem shows in the summary at the top and beside its field.
  await expect(form.getByText('Enter an email address in the correct format, like name@example.com')).toHaveCount(2)
  await expect(form.getByText('Choose at least one topic, or choose all news')).toHaveCount(2)
  await expect(form.getByLabel('Email address')).toHaveValue('not-an-address')
  await expect(form.getByLabel('Only the topics I tick below')).toBeChecked()

  const email = `alerts-${randomBytes(4).toString('hex')}@example.com`
  await form.getByLabel('Email address').fill(email)
  await form.getByRole('checkbox').first().check()
  await form.getByRole('button', { name: 'Subscribe' }).click()
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
})

test('confirm and manage links that were tampered with explain themselves', async ({ page, request }) => {
  await page.goto('/subscribe/confirm?token=1.0.forged')
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'subscribe again' })).toHaveAttribute('href', '/subscribe')
  await page.goto('/subscribe/manage?token=nonsense')
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible()
  const oneClick = await request.post('/subscribe/unsubscribe?token=1.0.forged', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  })
  expect(oneClick.status()).toBe(400)
})
