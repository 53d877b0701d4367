// The archive at scale, one figure per row of the scale targets, each printed beside its target. Against a running
// production server over a large archive: `npm run seed:scale -- 100000`, then `npm run build && npm start`
// (SEED_DEMO=true, an ADMIN_EMAIL login), then `npm run bench:scale`. Requests one at a time, so each figure is the
// cost of one request, not of a queue. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_EMAIL / BENCH_PASSWORD: an editor's login, BENCH_SAMPLES (100)
const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const samples = Number(process.env.BENCH_SAMPLES || 100)

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD }),
})
if (!login.ok)
  throw new Error(`Could not sign in (${login.status}): set BENCH_EMAIL and BENCH_PASSWORD to an editor's login`)
const auth = { Authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }

const time = async (path: string, init?: RequestInit) => {
  const started = performance.now()
  const res = await fetch(base + path, init)
  await res.arrayBuffer()
  if (res.status >= 500) throw new Error(`${path} answered ${res.status}`)
  return performance.now() - started
}
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
const ms = (values: number[], p: number) => `${pct(values, p).toFixed(0).padStart(5)} ms`
const row = (what: string, values: number[], target: string) =>
  console.log(`${what.padEnd(44)} p50 ${ms(values, 50)}  p95 ${ms(values, 95)}   target ${target}`)

const total = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).totalDocs as number
console.log(`Scale bench against ${base}: ${total} public releases, ${samples} samples per row\n`)

// Release pages nobody has visited since the server started: spread over the whole archive.
const slugs: string[] = []
for (let i = 0; i < samples; i++) {
  const page = 1 + Math.floor(((i + 0.5) / samples) * Math.max(1, total))
  const doc = (await (await fetch(`${base}/api/releases?limit=1&page=${page}&depth=0&sort=id`)).json()).docs[0]
  if (doc) slugs.push(doc.slug)
}
const uncached: number[] = []
for (const slug of slugs) uncached.push(await time(`/news/${slug}`))
row('uncached release page', uncached, 'p95 at most 50 ms')

// Search: words that occur in many releases and in few, each query new to the server.
const words = ['research', 'students', 'river', 'funding', 'asthma', 'festival', 'award', 'climate', 'music', 'health']
const searches: number[] = []
for (let i = 0; i < samples; i++) {
  const q =
    i < words.length ? words[i] : `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]}`
  searches.push(await time(`/search?q=${encodeURIComponent(q)}&page=${1 + Math.floor(i / 100)}`))
}
row('search (uncached queries)', searches, 'p95 at most 100 ms')

// The admin's releases list: REST, depth 0, newest edit first, as the list view asks.
const admin: number[] = []
for (let i = 0; i < samples; i++)
  admin.push(
    await time(`/api/releases?depth=0&limit=10&page=${1 + (i % 20)}&sort=-updatedAt&draft=true`, { headers: auth }),
  )
row('admin releases list (REST, depth 0)', admin, 'p95 at most 150 ms')

// A picture, the first time anyone asks for it after an editor saved a release (the public-media check refreshes).
const picture = (await (await fetch(`${base}/api/media?limit=1&where[mimeType][equals]=image/jpeg`)).json()).docs[0]
const release = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]
const media: number[] = []
for (let i = 0; i < Math.min(samples, 30); i++) {
  await fetch(`${base}/api/releases/${release.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary: release.summary }),
  })
  await new Promise((r) => setTimeout(r, 1100)) // the check refreshes at most once a second
  media.push(await time(new URL(picture.url).pathname))
}
row('first media request after a save', media, 'at most 50 ms')

export {}
