import { randomBytes } from 'node:crypto'
import { header, part, smtpServer } from '../tests/support/smtp'
import { loginToAdmin, openDocument } from './support/admin'
import { ADMIN } from './support/credentials'
import { auth, expect, test } from './support/fixtures'
import { adminTokenFor, startInstance, writeAs, type Instance } from './support/instance'

// A press office's morning on real parts: a production server of this build sending through a real SMTP server, its
// own job runner doing the sending, and Chromium as the editor and as the journalist.
const PORT = 3331
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
const smtp = smtpServer()
let app: Instance
let token: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const smtpPort = await smtp.start()
  app = await startInstance('distribution', PORT, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    DISTRIBUTION_RATE_PER_MINUTE: '600',
  })
  token = await adminTokenFor(app.url)
})
test.afterAll(async () => {
  await app?.stop()
  await smtp.stop()
})

const api = (path: string, method: string, data: unknown) => writeAs(app.url, token, method, path, data)

test('an editor sends an embargoed release to a list; the journalist reads it early, then public, then stops it', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000)
  const word = randomBytes(3).toString('hex')
  const journalist = { name: `Jo Reporter ${word}`, email: `jo-${word}@example.com`, outlet: 'The Harrowmere Post' }
  await api('media-contacts', 'POST', journalist)
  // Lifts in a minute: long enough to read it under embargo first, short enough to see it lift.
  const lifts = new Date(Date.now() + 60_000).toISOString()
  const release = await api('releases', 'POST', {
    title: `Kelp battery trial ${word}`,
    summary: 'A battery made from seaweed powers a lighthouse.',
    _status: 'published',
    embargoUntil: lifts,
  })

  // The editor builds a list of one journalist.
  await loginToAdmin(page, ADMIN.email, ADMIN.password, app.url)
  await page.goto(`${app.url}/admin/collections/media-lists/create`)
  await page.getByLabel('Name').fill(`Science desk ${word}`)
  await page.locator('#field-contacts .rs__control').click()
  await page.keyboard.type(journalist.name)
  await page.getByRole('option', { name: journalist.name }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('successfully', { exact: false }).first()).toBeVisible()
  await expect(page.locator('#field-members')).toHaveValue('1')
  const listId = Number(page.url().split('/').pop())

  // From the release, a distribution to that list, at a time a few seconds ahead.
  await openDocument(page, `${app.url}/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Send to journalists…' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/distributions\/\d+$/)
  const distributionId = Number(page.url().split('/').pop())
  await api(`distributions/${distributionId}`, 'PATCH', {
    lists: [listId],
    note: 'Professor Sen is free for interviews this morning.',
    timing: 'at',
    sendAt: new Date(Date.now() + 8_000).toISOString(),
  })
  await openDocument(page, `${app.url}/admin/collections/distributions/${distributionId}`)
  // The preview shows the email as the journalist will get it, under embargo.
  await expect(page.getByText(`Subject: EMBARGOED: Kelp battery trial ${word}`)).toBeVisible()
  await page.getByRole('button', { name: 'Send to journalists', exact: true }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Waiting to send to 1 contact|Sending to 1 contact/ })
      .first(),
  ).toBeVisible()

  // The email arrives: embargoed, with the journalist's own link and never the public address.
  await expect
    .poll(() => smtp.received.filter((m) => m.to.includes(journalist.email)).length, { timeout: 60_000 })
    .toBe(1)
  const email = smtp.received.find((m) => m.to.includes(journalist.email))!
  const text = part(email, 'text/plain')
  expect(text).toContain('EMBARGOED UNTIL')
  expect(text).not.toContain(`/news/${release.slug}`)
  const link = text.match(/https?:\/\/\S+\/mail\/open\/\S+/)![0]
  const oneClick = header(email, 'List-Unsubscribe')!.match(/<(https?:[^>]+)>/)![1]

  // The journalist opens it before the lift: their preview.
  const reader = await browser.newContext({ userAgent: PERSON })
  const inbox = await reader.newPage()
  await inbox.goto(link)
  await expect(inbox).toHaveURL(/\/preview\//)
  await expect(inbox.getByRole('heading', { level: 1, name: `Kelp battery trial ${word}` })).toBeVisible()
  await expect(inbox.getByText(/EMBARGOED UNTIL/).first()).toBeVisible()

  // The embargo lifts by itself; the same link from the same email now reaches the public page.
  await expect
    .poll(
      async () => {
        await inbox.goto(link)
        return new URL(inbox.url()).pathname
      },
      { timeout: 120_000, intervals: [2000] },
    )
    .toBe(`/news/${release.slug}`)
  await expect(inbox.getByRole('heading', { level: 1, name: `Kelp battery trial ${word}` })).toBeVisible()

  // One click from the mail program (RFC 8058) stops the emails.
  const stop = await inbox.request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } })
  expect(stop.status()).toBe(200)
  await reader.close()

  // The report shows each step.
  await openDocument(page, `${app.url}/admin/collections/distributions/${distributionId}`)
  const report = page.getByRole('region', { name: 'What happened' })
  await expect(report).toContainText('1 sent')
  await expect(report).toContainText('1 opened their preview')
  await expect(report).toContainText('1 followed their link')
  await expect(report).toContainText('1 unsubscribed')
  await expect(report.getByRole('row', { name: new RegExp(journalist.name) })).toContainText('Sent')
  // And so does the release's Figures tab.
  await openDocument(page, `${app.url}/admin/collections/releases/${release.id}`)
  await page.getByRole('button', { name: 'Figures' }).click()
  const sent = page.getByRole('table', { name: 'Emails about this release' })
  await expect(sent.getByRole('row', { name: new RegExp(`Kelp battery trial ${word}`) })).toContainText('1')
  const contact = await fetch(`${app.url}/api/media-contacts?where[email][equals]=${journalist.email}`, {
    headers: auth(token),
  }).then((r) => r.json())
  expect(contact.docs[0].status).toBe('unsubscribed')
})
