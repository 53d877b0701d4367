import { randomBytes } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { loginToAdmin } from './support/admin'
import { ADMIN } from './support/credentials'
import { enquiry, fill, send, sentReference, tomorrowInLondon } from './support/enquiries'
import { auth, expect, test } from './support/fixtures'

// The rate limit counts per client address, which the app reads from X-Forwarded-For as a proxy would set it.
// Each test posts from an address of its own, so one test's enquiries never count against another's.
let clientAddress = ''
test.beforeEach(async ({ page }) => {
  const [a, b, c] = randomBytes(3)
  clientAddress = `10.${a}.${b}.${c}`
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress })
})

async function findEnquiry(request: APIRequestContext, token: string, reference: string) {
  const res = await request.get(`/api/enquiries?where[reference][equals]=${reference}&depth=1`, {
    headers: auth(token),
  })
  expect(res.ok()).toBeTruthy()
  const [doc] = (await res.json()).docs
  expect(doc, `enquiry ${reference} in the admin`).toBeTruthy()
  return doc as { id: number; subject: string; message: string; release?: { slug: string } | null }
}

test('a journalist sends an enquiry from a release page, with the release filled in', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const res = await request.get('/api/releases?limit=1&depth=0&sort=-releaseDate')
  const [release] = (await res.json()).docs as Array<{ slug: string; title: string }>

  await page.goto(`/news/${release.slug}`)
  await page.getByRole('link', { name: 'Send a media enquiry about this release' }).click()
  await expect(page).toHaveURL(new RegExp(`/media-enquiries\\?release=${release.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: 'Media enquiries' })).toBeVisible()
  const related = page.getByLabel('Related release')
  await expect(related).toHaveValue(release.slug)
  await expect(related.locator('option:checked')).toHaveText(release.title)

  const sent = enquiry()
  await fill(page, sent)
  await send(page)
  const reference = await sentReference(page)
  await expect(page.getByText(/aim to reply within/)).toBeVisible()

  const stored = await findEnquiry(request, adminToken, reference)
  track('enquiries', stored.id)
  expect(stored.subject).toBe(sent.subject)
  expect(stored.release?.slug).toBe(release.slug)
})

test('mistakes come back beside their fields, with everything typed kept', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  // The form and its answers come without the framework's scripts (server/reading-pages.mjs): only the site's own.
  const scripts = new Set<string>()
  page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname))
  await page.goto('/media-enquiries')
  const typed = enquiry({ name: '', email: 'not-an-email' })
  await fill(page, typed)
  await send(page)

  const summary = page.getByRole('heading', { name: 'There is a problem' })
  await expect(summary).toBeVisible()
  await expect(page.locator('.error-summary')).toBeFocused()
  await expect(page.getByRole('link', { name: 'Enter your name' })).toBeVisible()

  const email = page.getByLabel('Email address')
  await expect(email).toHaveValue('not-an-email')
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(/Enter an email address in the correct format/)
  await expect(page.getByLabel('Publication, programme or outlet')).toHaveValue(typed.outlet)
  await expect(page.getByLabel('Subject')).toHaveValue(typed.subject)
  await expect(page.getByLabel('Your enquiry')).toHaveValue(typed.message)
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(tomorrowInLondon())

  // The summary's links lead the keyboard to the field to fix.
  await page.getByRole('link', { name: 'Enter your name' }).click()
  await expect(page.getByLabel('Your name')).toBeFocused()
  expect([...scripts]).toEqual(['/assets/enhance.js'])
  await page.keyboard.type('Jo Bloggs')
  await email.fill('jo.bloggs@example.com')
  await send(page)
  const reference = await sentReference(page)
  track('enquiries', (await findEnquiry(request, adminToken, reference)).id)
})

test('a flood of enquiries from one address is answered with 429 and when to try again', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  test.setTimeout(120_000)
  // The e2e server runs with the default limit: five enquiries per address in ten minutes.
  for (let i = 0; i < 5; i++) {
    await page.goto('/media-enquiries')
    await fill(page, enquiry())
    await send(page)
    track('enquiries', (await findEnquiry(request, adminToken, await sentReference(page))).id)
  }
  await page.goto('/media-enquiries')
  await fill(page, enquiry())
  const limited = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/media-enquiries/too-many' && r.status() === 429,
  )
  await send(page)
  await limited
  await expect(page.getByRole('heading', { level: 1, name: 'Too many enquiries' })).toBeVisible()
  await expect(page.getByText(/try again in \d+ minutes?/)).toBeVisible()
  const again = await page.request.get('/media-enquiries/too-many', {
    maxRedirects: 0,
    headers: { 'X-Forwarded-For': clientAddress },
  })
  expect(again.status()).toBe(429)
  expect(Number(again.headers()['retry-after'])).toBeGreaterThan(0)
})

test('markup typed into the form is shown as text in the admin, never run', async ({
  page,
  request,
  adminToken,
  track,
}) => {
  const payloadText = '<img src=x onerror="window.__enquiryXss=1"><script>window.__enquiryXss=1</script><b>bold</b>'
  const subject = `<b>Bold subject</b> ${randomBytes(3).toString('hex')}`
  await page.goto('/media-enquiries')
  await fill(page, enquiry({ subject, message: payloadText }))
  await send(page)
  const stored = await findEnquiry(request, adminToken, await sentReference(page))
  track('enquiries', stored.id)
  expect(stored.message).toBe(payloadText)

  await loginToAdmin(page, ADMIN.email, ADMIN.password)
  await page.goto(`/admin/collections/enquiries/${stored.id}`)
  await expect(page.getByLabel(/^Message\b/)).toHaveValue(payloadText)
  await expect(page.getByLabel(/^Subject\b/)).toHaveValue(subject)

  await page.goto('/admin/collections/enquiries')
  await expect(page.getByText(subject, { exact: true }).first()).toBeVisible()
  await page.goto('/admin')
  await expect(page.getByRole('heading', { name: /Open media enquiries/ })).toBeVisible()
  await expect(page.getByText(subject, { exact: true }).first()).toBeVisible()

  await expect(page.locator('b', { hasText: /^bold$/ })).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __enquiryXss?: number }).__enquiryXss)).toBeUndefined()
})

test('an editor sends again an email that only reached the log, and is told how it went', async ({
  page,
  request,
  adminToken,
  makeUser,
  track,
}) => {
  await page.goto('/media-enquiries')
  await fill(page, enquiry())
  await send(page)
  const stored = await findEnquiry(request, adminToken, await sentReference(page))
  track('enquiries', stored.id)
  // This server has no mail server: the queue writes both emails to the log and says so.
  await expect
    .poll(async () => {
      const res = await request.get(`/api/enquiries/${stored.id}?depth=0`, { headers: auth(adminToken) })
      return (await res.json()).notification?.status
    })
    .toBe('logged')

  const editor = await makeUser('editor')
  await loginToAdmin(page, editor.email, editor.password)
  await page.goto(`/admin/collections/enquiries/${stored.id}`)
  // Payload's collapsible opens by its own toggle, beside the section's label.
  await page
    .locator('.collapsible')
    .filter({ hasText: 'Email delivery' })
    .getByRole('button', { name: 'Toggle block' })
    .click()
  await page.getByRole('button', { name: 'Send again' }).first().click()
  await expect(page.getByText('Not sent: no mail server is set up, so it was only written to the log.')).toBeVisible()
})
