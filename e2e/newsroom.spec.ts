import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './support/fixtures'
import { publicPageTypes } from './support/page-types'
import { createRelease, firstId, updateRelease } from './support/releases'

test('the news list pages through releases with real links', async ({ page }) => {
  await page.goto('/news')
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
  await expect(page.locator('.list .card')).toHaveCount(12)
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await pagination.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/\/news\?page=2$/)
  await expect(pagination.locator('[aria-current="page"]')).toHaveText(/2/)
  await expect(page.getByText(/page 2 of \d+/)).toBeVisible()
})

test('topic and year filters combine and keep a shareable address', async ({ page }) => {
  await page.goto('/news')
  await page.getByLabel('Topic').selectOption({ label: 'Research' })
  await page.getByLabel('Year').selectOption('2025')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/\/news\?topic=research&year=2025$/)
  await expect(page.getByText(/\d+ releases? in Research, 2025/)).toBeVisible()
  const dates = await page.locator('.list .card-date time').allTextContents()
  expect(dates.length).toBeGreaterThan(0)
  for (const date of dates) expect(date).toMatch(/\/2025$/)
  for (const topics of await page.locator('.list .card-topics').allTextContents()) expect(topics).toContain('Research')

  await page.goto('/news?topic=research&year=1999')
  await expect(page.getByText('No releases match these filters.')).toBeVisible()
  await page.getByRole('link', { name: 'Show all news' }).click()
  await expect(page).toHaveURL(/\/news$/)
})

test('Back returns to the list, filters and page the reader came from', async ({ page }) => {
  await page.goto('/news?topic=research&page=2')
  await page.locator('.list .card-title a').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Back/ }).click()
  await expect(page).toHaveURL(/\/news\?topic=research&page=2$/)

  await page.goto('/topics/research')
  await page.locator('.list .card-title a').first().click()
  await page.getByRole('link', { name: /^Back/ }).click()
  await expect(page).toHaveURL(/\/topics\/research$/)
})

test('topic and contacts pages show what journalists need', async ({ page }) => {
  await page.goto('/topics/research')
  await expect(page.getByRole('heading', { level: 1, name: 'Research' })).toBeVisible()
  await expect(page.locator('.lede')).not.toBeEmpty()
  await expect(page.locator('.list .card').first()).toBeVisible()

  await page.goto('/contacts')
  await expect(page.getByRole('heading', { level: 1, name: 'Press contacts' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Media Relations' })).toBeVisible()
  await expect(page.getByText(/Out of hours, for urgent media enquiries only/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'send a media enquiry' })).toHaveAttribute('href', '/media-enquiries')
  expect(await page.locator('.contact-card a[href^="tel:"]').count()).toBeGreaterThanOrEqual(6)
})

test('an edit through the API shows on the release, in lists and in related stories elsewhere without a restart', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const topic = await firstId(request, adminToken, 'topics', '&where[slug][equals]=research')
  const target = await createRelease(request, adminToken, { topics: [topic] })
  track('releases', target.id)
  const host = await createRelease(request, adminToken, { topics: [topic], related: [target.id] })
  track('releases', host.id)

  // Visit every page first so each is cached with the old title.
  for (const path of [`/news/${host.slug}`, `/news/${target.slug}`, '/news', '/topics/research']) {
    await page.goto(path)
    await expect(page.getByText(target.title).first()).toBeVisible()
  }
  const renamed = `${target.title} (updated)`
  await updateRelease(request, adminToken, target.id, { title: renamed })
  for (const path of [`/news/${host.slug}`, `/news/${target.slug}`, '/news', '/topics/research']) {
    await expect.poll(async () => (await request.get(path)).text(), { message: path }).toContain(renamed)
  }

  // Unpublishing takes it off every page, including the related stories of the other release.
  await updateRelease(request, adminToken, target.id, { _status: 'draft' })
  await expect.poll(async () => (await request.get(`/news/${host.slug}`)).text()).not.toContain(renamed)
  await expect.poll(async () => (await request.get(`/news/${target.slug}`)).status()).toBe(404)
})

test('axe finds no accessibility violations on any page type', async ({ page }) => {
  for (const [name, path] of Object.entries(await publicPageTypes(page))) {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      name,
    ).toEqual([])
  }
})

test('nothing overflows horizontally at 320 pixels wide', async ({ page }) => {
  const paths = await publicPageTypes(page)
  await page.setViewportSize({ width: 320, height: 800 })
  for (const [name, path] of Object.entries(paths)) {
    await page.goto(path)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, name).toBeLessThanOrEqual(0)
    await page.screenshot({ path: test.info().outputPath(`${name}-320.png`), fullPage: true })
  }
})

test('on a phone the header takes a fifth of the screen and the search boxes have no empty gaps', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  for (const path of ['/news', '/experts', '/search?q=research']) {
    await page.goto(path)
    const header = (await page.getByRole('banner').boundingBox())!
    expect(header.height, path).toBeLessThanOrEqual(740 / 5)
    // The sections in one row: each is still there to reach.
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      await link.scrollIntoViewIfNeeded()
      await expect(link).toBeInViewport()
    }
  }
  await page.goto('/experts')
  const form = page.getByRole('search', { name: 'Find an expert' })
  const keyword = (await form.getByLabel('Subject or keyword').boundingBox())!
  const next = (await form.getByLabel('Topic').boundingBox())!
  expect(next.y - (keyword.y + keyword.height)).toBeLessThan(48)
})

test('every page has a skip link that moves focus to the content', async ({ page }) => {
  await page.goto('/news')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('email alerts are one click away, from every page and for a topic', async ({ page }) => {
  await page.goto('/contacts')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Email alerts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Email alerts' })).toBeVisible()
  await page.goto('/topics/research')
  await page.getByRole('link', { name: /^Email alerts for / }).click()
  await expect(page).toHaveURL(/\/subscribe\?topic=research$/)
  await expect(page.getByRole('checkbox', { name: 'Research' })).toBeChecked()
})

test('a page that does not show the featured picture does not download it', async ({ page, request }) => {
  const featured = (await (await request.get('/api/releases?where[featured][equals]=true&limit=1&depth=1')).json())
    .docs[0]
  const hero = featured.heroImage.filename.replace(/\.\w+$/, '')
  const asked: string[] = []
  page.on('request', (r) => {
    if (r.url().includes(hero)) asked.push(r.url())
  })
  await page.goto('/contacts')
  await page.waitForLoadState('networkidle')
  expect(asked).toEqual([])
})

test("a list's first picture, the one a phone paints first, loads at once; the rest wait until scrolled to", async ({
  page,
}) => {
  for (const path of ['/news', '/topics/research']) {
    await page.goto(path)
    const pictures = page.locator('.list .card img')
    await expect(pictures.first()).toHaveAttribute('loading', 'eager')
    await expect(pictures.first()).toHaveAttribute('fetchpriority', 'high')
    await expect(pictures.nth(1)).toHaveAttribute('loading', 'lazy')
  }
})

test('every public page announces the news feed to browsers and feed readers', async ({ page }) => {
  for (const [name, path] of Object.entries(await publicPageTypes(page))) {
    if (name === 'notFound') continue
    await page.goto(path)
    await expect(
      page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/news/feed.xml"]'),
      name,
    ).toHaveCount(1)
  }
})
