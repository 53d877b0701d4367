import { expect, test } from './support/fixtures'

// One anonymous request, or a few together, must not stall the site for everyone else.
test('over-budget API requests are refused in milliseconds while the site keeps answering', async ({
  request,
  playwright,
  baseURL,
}) => {
  const bomb = `{ ${Array.from({ length: 333 }, (_, i) => `a${i}: Releases(limit: 100) { docs { id } }`).join(' ')} }`
  const attacker = await playwright.request.newContext({ baseURL })
  const timed = async (run: () => Promise<{ status: () => number }>) => {
    const started = Date.now()
    const res = await run()
    return { status: res.status(), ms: Date.now() - started }
  }
  const attacks = [
    () => attacker.post('/api/graphql', { data: { query: bomb } }),
    () => attacker.get('/api/releases?depth=10&limit=100'),
    () => attacker.get('/api/releases?sort=related.title'),
    () => attacker.get('/api/releases?where[related.title][like]=a'),
    () =>
      attacker.post('/api/users/login', {
        headers: { 'content-type': 'application/json' },
        data: Buffer.alloc(2 * 1024 * 1024, 0x20),
      }),
  ]
  // Several at once, as an attacker would send them, with ordinary readers arriving at the same time.
  const [results, news, health] = await Promise.all([
    Promise.all([...attacks, ...attacks].map(timed)),
    timed(() => request.get('/news')),
    timed(() => request.get('/api/health')),
  ])
  for (const result of results) {
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
  }
  expect(news.status).toBe(200)
  expect(health.status).toBe(200)
  // Not a timing assertion on the site: a refusal that took seconds would mean the work was done first.
  expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(1000)

  const bombAnswer = await (await attacker.post('/api/graphql', { data: { query: bomb } })).json()
  expect(bombAnswer.errors[0].message).toMatch(/at most 10 top-level fields/)
  const deep = await attacker.get('/api/releases?depth=10')
  expect((await deep.json()).errors[0].message).toMatch(/depth may be at most 2/)
  await attacker.dispose()
})

test('a huge anonymous body is refused before it is read', async ({ baseURL }) => {
  // Declared at 200 MB but never sent: if the server waited for it, this would hang until the timeout.
  const { request: http } = await import('node:http')
  const url = new URL('/api/users/login', baseURL)
  const status = await new Promise<number>((resolve, reject) => {
    const req = http(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) },
      },
      (res) => {
        resolve(res.statusCode ?? 0)
        res.resume()
      },
    )
    req.on('error', reject)
    req.write('{"email":')
  })
  expect(status).toBe(413)
})
