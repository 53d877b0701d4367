import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres, type RunningDatabase } from '../lib/db/embedded'
import { loginToAdmin } from './support/admin'
import { ADMIN } from './support/credentials'
import { expect, test } from './support/fixtures'
import { startInstance, type Instance } from './support/instance'

// The database goes away under a running server and comes back: what readers, journalists and staff see meanwhile,
// and that everything recovers with no restart.
const PORT = 3500
const DB_PORT = 55_432
const dataDir = path.resolve('.data-e2e-outage-db')
let db: RunningDatabase
let app: Instance

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  test.setTimeout(300_000)
  rmSync(dataDir, { recursive: true, force: true })
  db = await startEmbeddedPostgres({ dataDir, database: 'pressoffice', port: DB_PORT })
  app = await startInstance('outage', PORT, {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: 'an-outage-test-secret-of-32-characters-or-more',
  })
})
test.afterAll(async () => {
  await app?.stop()
  await db?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

test('while the database is away: cached pages answer, others say to try again, nothing is half-saved; then all recovers', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const base = app.url
  // Readers have been here: these pages are in the server's cache.
  for (const path of ['/', '/news']) await request.get(`${base}${path}`)
  const journalist = await browser.newPage()
  await journalist.goto(`${base}/media-enquiries`)
  const subject = `During the outage ${randomBytes(3).toString('hex')}`
  await journalist.getByLabel('Your name').fill('Jo Bloggs')
  await journalist.getByLabel('Publication, programme or outlet').fill('The Harrowmere Post')
  await journalist.getByLabel('Email address').fill('jo.outage@example.com')
  await journalist
    .getByLabel('Date', { exact: true })
    .fill(new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))
  await journalist.getByLabel('Time', { exact: true }).fill('16:30')
  await journalist.getByLabel('Subject').fill(subject)
  await journalist.getByLabel('Your enquiry').fill('Sent while the database is away.')
  const staff = await browser.newPage()
  await loginToAdmin(staff, ADMIN.email, ADMIN.password, base)

  await db.stop()
  await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 30_000 }).toBe(503)
  expect((await (await request.get(`${base}/api/health`)).json()).database).toBe('unreachable')
  for (const path of ['/', '/news']) expect((await request.get(`${base}${path}`)).status(), path).toBe(200)
  // The server notices within a second that the database is away, and from then on says so.
  await expect.poll(async () => (await request.get(`${base}/news?page=2`)).status(), { timeout: 10_000 }).toBe(503)
  const uncached = await request.get(`${base}/news?page=2`)
  expect(Number(uncached.headers()['retry-after'])).toBeGreaterThan(0)
  const reader = await browser.newPage()
  await reader.goto(`${base}/news?page=3`)
  await expect(reader.getByRole('heading', { name: /temporarily unavailable/i })).toBeVisible()

  await journalist.getByRole('button', { name: 'Send enquiry' }).click()
  await expect(journalist.getByText(/could not send your enquiry just now/)).toBeVisible({ timeout: 30_000 })
  await expect(journalist.getByLabel('Subject')).toHaveValue(subject)

  // The admin streams its page, so its status is already sent when the database fails: what matters is that staff
  // see what happened, not a blank screen.
  await staff.goto(`${base}/admin`)
  await expect(staff.getByRole('heading', { name: /temporarily unavailable/i })).toBeVisible()
  await expect(staff.getByText('Nothing you saved has been lost.')).toBeVisible()

  // Back, on the same address, with no restart of the server.
  db = await startEmbeddedPostgres({ dataDir, database: 'pressoffice', port: DB_PORT })
  await expect.poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 60_000 }).toBe(200)
  await expect.poll(async () => (await request.get(`${base}/news?page=2`)).status(), { timeout: 30_000 }).toBe(200)
  const login = await request.post(`${base}/api/users/login`, { data: ADMIN })
  const token = (await login.json()).token as string
  const found = await (
    await request.get(`${base}/api/enquiries?where[subject][equals]=${encodeURIComponent(subject)}`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()
  expect(found.totalDocs).toBe(0)
  await journalist.getByRole('button', { name: 'Send enquiry' }).click()
  await expect(journalist.getByRole('heading', { level: 1, name: 'Enquiry sent' })).toBeVisible({ timeout: 30_000 })
  // Staff carry on: the admin works again (a session Payload gave up on during the outage means signing in again).
  await staff.goto(`${base}/admin`)
  const dashboard = staff.getByRole('heading', { name: /Open media enquiries/ })
  const signIn = staff.getByRole('button', { name: 'Login' })
  await expect(dashboard.or(signIn).first()).toBeVisible()
  if (await signIn.isVisible()) await loginToAdmin(staff, ADMIN.email, ADMIN.password, base)
  await expect(dashboard).toBeVisible()
})
