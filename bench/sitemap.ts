// Sitemaps at scale: `npm run seed:scale -- 100000`, `npm run build && npm start` (SEED_DEMO=true, an ADMIN_EMAIL
// login), then `npm run bench:sitemap`. An editor's save expires every sitemap file; the bench then fetches the index
// and every file once (cold: built from the database) and again (warm: from Next's cache), and prints the slowest
// of each beside the target. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_EMAIL / BENCH_PASSWORD: an editor's login
const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const TARGET_COLD_MS = 200

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD }),
})
if (!login.ok)
  throw new Error(`Could not sign in (${login.status}): set BENCH_EMAIL and BENCH_PASSWORD to an editor's login`)
const auth = { Authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }

const timed = async (path: string) => {
  const started = performance.now()
  const res = await fetch(base + path)
  const body = await res.text()
  return { path, ms: performance.now() - started, status: res.status, bytes: body.length, body }
}

async function round() {
  const root = await timed('/sitemap.xml')
  const files = [...root.body.matchAll(/<loc>[^<]*(\/sitemap\/\d+\.xml)<\/loc>/g)].map((m) => m[1])
  const results = [root]
  for (const file of files) results.push(await timed(file))
  return results
}

// A save of a public release, as an editor would make it, expires every sitemap file (their cache tag).
const release = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]
const total = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).totalDocs
const saved = await fetch(`${base}/api/releases/${release.id}`, {
  method: 'PATCH',
  headers: auth,
  body: JSON.stringify({ summary: release.summary }),
})
if (!saved.ok) throw new Error(`The editor's save failed (${saved.status})`)

const cold = await round()
const warm = await round()
const slowest = (rows: typeof cold) => rows.reduce((a, b) => (b.ms > a.ms ? b : a))
const median = (rows: typeof cold) => [...rows].sort((a, b) => a.ms - b.ms)[Math.floor(rows.length / 2)].ms
const errors = [...cold, ...warm].filter((r) => r.status !== 200)
const megabytes = (cold.reduce((s, r) => s + r.bytes, 0) / 1e6).toFixed(1)
console.log(`Sitemaps at ${base}: ${total} public releases, ${cold.length - 1} numbered files, ${megabytes} MB in all`)
const times = (rows: typeof cold) =>
  `median ${median(rows).toFixed(0)} ms, slowest ${slowest(rows).ms.toFixed(0)} ms (${slowest(rows).path}), ` +
  `index ${rows[0].ms.toFixed(0)} ms`
console.log(`cold (after a save)  ${times(cold)}   target at most ${TARGET_COLD_MS} ms`)
console.log(`warm (cached)        ${times(warm)}`)
console.log(`non-200 answers      ${errors.length}`)

export {}
