import type { Browser, Page } from '@playwright/test'
import { currentCode } from '../lib/second-factor/totp'
import { startTestProvider, type TestProvider } from '../tests/support/oidc-provider'
import { loginToAdmin } from './support/admin'
import { ADMIN } from './support/credentials'
import { expect, test } from './support/fixtures'
import { startInstance, type Instance } from './support/instance'

// Staff sign in with the organisation's own OpenID provider: a real one (the `oidc-provider` package) in this
// process, in front of a production server of this build configured for it. And an admin with a password sets up a
// second factor, as the break-glass accounts must.
const PORT = 3340
let provider: TestProvider
let app: Instance
let people = 0

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  provider = await startTestProvider([`http://127.0.0.1:${PORT}/admin/sso/callback`])
  app = await startInstance('sso', PORT, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_NAME: 'Harrowmere IT',
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_ALLOWED_DOMAINS: 'harrowmere.ac.uk',
    OIDC_ROLE_GROUPS: 'admin=press-admins;editor=press-editors;contributor=comms',
  })
})
test.afterAll(async () => {
  await app?.stop()
  await provider?.stop()
})

function person(groups: string[], domain = 'harrowmere.ac.uk') {
  const id = `person-${process.pid}-${people++}`
  const email = `${id}@${domain}`
  provider.people.set(id, { email, name: `Sam Person ${people}`, groups })
  return { id, email }
}

/** From the admin's sign-in page, through the provider's own sign-in form (skipped when it remembers them). */
async function signInWithProvider(page: Page, id: string) {
  await page.goto(`${app.url}/admin/login`)
  await page.getByRole('link', { name: 'Sign in with Harrowmere IT' }).click()
  const login = page.getByPlaceholder('Enter any login')
  const back = page.waitForURL((url) => url.origin === app.url && !url.pathname.startsWith('/admin/sso/'))
  const refused = page.getByRole('heading', { level: 1, name: 'Sign-in refused' })
  await expect(login.or(refused).or(page.getByRole('navigation').first())).toBeVisible()
  if (await login.isVisible()) {
    await login.fill(id)
    await page.getByPlaceholder('and password').fill('anything')
    await page.getByRole('button', { name: 'Sign-in' }).click()
  }
  await Promise.race([back, refused.waitFor()])
}

// As the admin's own pages ask: Payload (and the single sign-on session with it) takes a cookie only from this site.
const SAME_SITE = { headers: { 'Sec-Fetch-Site': 'same-origin' } }
const me = async (page: Page) =>
  (await (await page.request.get(`${app.url}/api/users/me`, SAME_SITE)).json()).user as {
    email: string
    role: string
  } | null

const freshPage = async (browser: Browser) => (await browser.newContext()).newPage()

test('a member of staff signs in with the provider and gets the role their group gives, until they sign out', async ({
  browser,
}) => {
  const page = await freshPage(browser)
  const sam = person(['comms', 'press-editors'])
  await signInWithProvider(page, sam.id)
  await expect(page).toHaveURL(`${app.url}/admin`)
  await expect(page.getByRole('link', { name: 'Releases' }).first()).toBeVisible()
  expect(await me(page)).toMatchObject({ email: sam.email, role: 'editor' })
  // Still signed in after moving around the admin and reloading.
  await page.goto(`${app.url}/admin/collections/releases`)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible()
  expect(await me(page)).toMatchObject({ role: 'editor' })

  const copied = await page.context().storageState()
  await page.goto(`${app.url}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)
  expect(await me(page)).toBeNull()
  // Signing out ends the session itself, not only this browser's cookie: a copy of it is worth nothing.
  const elsewhere = await browser.newContext({ storageState: copied })
  expect((await (await elsewhere.request.get(`${app.url}/api/users/me`, SAME_SITE)).json()).user).toBeNull()
  await elsewhere.close()
  await page.context().close()
})

test('taken out of the group in the provider, they lose their access at their next sign-in', async ({ browser }) => {
  const page = await freshPage(browser)
  const kim = person(['press-editors'])
  await signInWithProvider(page, kim.id)
  expect(await me(page)).toMatchObject({ role: 'editor' })
  const stillOpen = await page.context().storageState()

  provider.people.get(kim.id)!.groups = []
  await page.goto(`${app.url}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)
  await signInWithProvider(page, kim.id)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in refused' })).toBeVisible()
  await expect(page.getByText('has no access to the newsroom yet')).toBeVisible()
  // The session opened before, in another window, ends too.
  const other = await browser.newContext({ storageState: stillOpen })
  expect((await (await other.request.get(`${app.url}/api/users/me`, SAME_SITE)).json()).user).toBeNull()
  await other.close()
  await page.context().close()
})

test('a wrong domain, a replayed answer and a tampered token are refused with a page that says so', async ({
  browser,
}) => {
  const outsider = await freshPage(browser)
  await signInWithProvider(outsider, person(['press-editors'], 'gmail.com').id)
  await expect(outsider.getByRole('heading', { level: 1, name: 'Sign-in refused' })).toBeVisible()
  await expect(outsider.getByText('Accounts from gmail.com cannot sign in to this newsroom.')).toBeVisible()
  expect(await me(outsider)).toBeNull()
  await outsider.context().close()

  // The provider's answer, used a second time from the same browser.
  const page = await freshPage(browser)
  const answer = page.waitForRequest((r) => r.url().startsWith(`${app.url}/admin/sso/callback`))
  await signInWithProvider(page, person(['comms']).id)
  expect(await me(page)).toMatchObject({ role: 'contributor' })
  const replayed = await page.goto((await answer).url())
  expect(replayed?.status()).toBe(400)
  await expect(page.getByText('This sign-in has expired or was already used.')).toBeVisible()
  await page.context().close()

  const tampered = await freshPage(browser)
  provider.tamper.on = true
  try {
    await signInWithProvider(tampered, person(['press-admins']).id)
    await expect(tampered.getByRole('heading', { level: 1, name: 'Sign-in refused' })).toBeVisible()
    await expect(tampered.getByText(/could not be trusted/)).toBeVisible()
    expect(await me(tampered)).toBeNull()
  } finally {
    provider.tamper.on = false
    await tampered.context().close()
  }
})

test('an admin sets up a second factor from their own page, then signs in with its code on the break-glass page', async ({
  browser,
}) => {
  const page = await freshPage(browser)
  await loginToAdmin(page, ADMIN.email, ADMIN.password, app.url)
  const { user } = await (await page.request.get(`${app.url}/api/users/me`, SAME_SITE)).json()
  await page.goto(`${app.url}/admin/collections/users/${user.id}`)
  await page.getByRole('button', { name: 'Set up a second factor' }).click()
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible()
  const key = (await page.getByText(/type in the key/).textContent())!.match(/key ([A-Z2-7]+)/)![1]
  // The authenticator app's code from the step before, so the one it shows next is unused for the sign-in below.
  await page.getByLabel('The 6-digit code it shows').fill(currentCode(key, Date.now() - 30_000))
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/Keep these recovery codes somewhere safe/)).toBeVisible()
  await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(10)

  await page.goto(`${app.url}/admin/logout`)
  await expect(page).toHaveURL(/\/admin\/login/)
  // The usual form says where to go instead.
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText(/sign in on the break-glass page/)).toBeVisible()

  await page.goto(`${app.url}/admin/break-glass`)
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByLabel('Code from your authenticator app, or a recovery code').fill('000000')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText(/wrong or was already used/)
  await page.getByLabel('Code from your authenticator app, or a recovery code').fill(currentCode(key))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${app.url}/admin`)
  expect(await me(page)).toMatchObject({ email: ADMIN.email, role: 'admin' })
  await page.context().close()
})
