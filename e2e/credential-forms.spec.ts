import { randomBytes } from 'node:crypto'
import { auth, expect, test } from './support/fixtures'
import { createRelease } from './support/releases'

// A member of staff's answer must never reach an anonymous reader through anything kept in front of Payload: each
// credential form Payload or the HTTP layer accepts is tried against every address whose answers are kept, then
// the same addresses are asked anonymously.
test('no form of a staff session puts a staff answer in front of anonymous readers, on any kept address', async ({
  browser,
  request,
  adminToken,
  makeUser,
  track,
  baseURL,
}) => {
  const secret = `Keptsecret${randomBytes(4).toString('hex')}`
  const embargoed = await createRelease(request, adminToken, {
    title: `${secret} embargoed`,
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  const draft = await createRelease(request, adminToken, { status: 'draft', title: `${secret} draft` })
  for (const r of [embargoed, draft]) track('releases', r.id)
  const expert = await request.post('/api/experts', {
    headers: auth(adminToken),
    data: { name: 'Professor Kept Answers', jobTitle: 'Professor', staffNotes: `${secret} private note`, listed: true },
  })
  expect(expert.ok(), await expert.text()).toBeTruthy()
  track('experts', (await expert.json()).doc.id)
  const contributor = await makeUser('contributor')
  const jwt = contributor.token
  const origin = new URL(baseURL!).origin
  const forms: Record<string, string>[] = [
    { Cookie: `payload-token=${jwt}`, 'Sec-Fetch-Site': 'same-origin' },
    { Cookie: `payload-token =${jwt}`, 'Sec-Fetch-Site': 'same-origin' },
    { Cookie: `payload-token=x; payload-token=${jwt}`, 'Sec-Fetch-Site': 'same-origin' },
    { Cookie: `payload-token=${jwt.replace(/\./g, '%2E')}`, 'Sec-Fetch-Site': 'same-origin' },
    { Cookie: `theme=dark;payload-token=${jwt}`, Origin: origin },
    { Authorization: `JWT ${jwt}` },
    { Authorization: `Bearer ${jwt}` },
  ]
  const addresses = [
    `/api/releases?where[title][like]=${secret}&limit=10`,
    `/api/releases?where[title][like]=${secret}&limit=10&draft=true`,
    `/api/releases/${embargoed.id}`,
    '/api/experts?where[name][like]=Kept%20Answers',
    '/api/releases?limit=100&depth=0',
  ]
  const graphql = { query: `{ Releases(where: { title: { like: "${secret}" } }) { docs { title } } }` }
  const reader = (await browser.newContext()).request
  for (const headers of forms) {
    const label = Object.keys(headers).join('+') + JSON.stringify(Object.values(headers)).slice(0, 40)
    // Staff first, twice each (an answer asked for twice is kept), in this form.
    let staffSaw = false
    for (let i = 0; i < 2; i++) {
      for (const address of addresses) {
        const text = await (await request.get(address, { headers })).text()
        staffSaw ||= text.includes(secret)
      }
      await request.post('/api/graphql', { headers, data: graphql })
      await request.post('/api/graphql', {
        headers: { ...headers, 'content-type': 'application/ json' },
        data: JSON.stringify(graphql),
      })
    }
    expect(staffSaw, `${label}: Payload took this form as the contributor`).toBe(true)
    // Anonymous readers, asking the same addresses, see none of it.
    for (const address of addresses)
      expect(await (await reader.get(address)).text(), `${label} ${address}`).not.toContain(secret)
    const anonymous = await reader.post('/api/graphql', { data: graphql })
    expect(await anonymous.text(), label).not.toContain(secret)
  }
})

test('a flood of made-up addresses keeps nothing: cached pages stay cached and unknown files cost nothing', async ({
  request,
}) => {
  // Warm the home page, then 300 addresses nobody linked to, pages and files.
  await request.get('/')
  expect((await request.get('/')).headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  for (let i = 0; i < 150; i++) {
    const random = randomBytes(6).toString('hex')
    expect((await request.get(`/${random}`)).status()).toBe(404)
    expect((await request.get(`/api/media/file/${random}.jpg`)).status()).toBe(404)
  }
  // The home page was not pushed out of the cache by them.
  expect((await request.get('/')).headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
})

test('staff can sign in while anonymous clients flood the API with addresses made up for each request', async ({
  makeUser,
  baseURL,
  playwright,
}) => {
  const editor = await makeUser('editor')
  // The flood comes from an address of its own (the test server trusts this machine as its proxy), so it spends
  // that address's budget and not the one the other tests share.
  const flood = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '10.66.0.1' } })
  let stop = false
  let sent = 0
  // Forty anonymous clients at once, each asking a new address every time, for as long as the sign-in takes.
  const clients = Array.from({ length: 40 }, async (_, n) => {
    while (!stop) {
      sent++
      await flood
        .get(`/api/releases?where[title][like]=${randomBytes(4).toString('hex')}&n=${n}`, { timeout: 10_000 })
        .catch(() => undefined)
    }
  })
  const staff = await playwright.request.newContext({ baseURL })
  const started = Date.now()
  const login = await staff.post('/api/users/login', { data: { email: editor.email, password: editor.password } })
  const took = Date.now() - started
  stop = true
  await Promise.all(clients)
  expect(login.status(), await login.text()).toBe(200)
  expect(sent).toBeGreaterThan(40)
  // Reported, not asserted: timings on a shared machine are noise (bench/README.md measures them).
  test.info().annotations.push({ type: 'sign-in during flood', description: `${took} ms, ${sent} flood requests` })
  // And a signed-in request answers during it too (the token, as a script would send it).
  const me = await staff.get('/api/users/me', { headers: auth((await login.json()).token) })
  expect((await me.json()).user?.email).toBe(editor.email)
  await Promise.all([flood.dispose(), staff.dispose()])
})
