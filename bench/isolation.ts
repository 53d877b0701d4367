// Does the anonymous API starve the pages or lock staff out? Measures a cached release page alone, then while
// anonymous API clients (deep REST reads, list pages, GraphQL) run as hard as they can, then while a cache-busting
// flood asks a new API address every time (BENCH_FLOOD connections, default 100), with staff signing in during it
// and a kept anonymous answer asked beside it. Prints each figure beside its target. Against
// `npm run build && npm start` with demo content. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_API_CLIENTS (20),
//   BENCH_FLOOD (100), BENCH_STAFF_EMAIL and BENCH_STAFF_PASSWORD (a staff login; sign-in is skipped without one),
//   BENCH_FLOOD_SPREAD=true to give each flood request its own X-Forwarded-For (a botnet rather than one client;
//   the server must trust this machine: TRUSTED_PROXIES=127.0.0.1)
import { randomBytes } from 'node:crypto'
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const apiClients = Number(process.env.BENCH_API_CLIENTS || 20)
const floodClients = Number(process.env.BENCH_FLOOD || 100)
const spread = process.env.BENCH_FLOOD_SPREAD === 'true'
const anyAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`
const staff = { email: process.env.BENCH_STAFF_EMAIL, password: process.env.BENCH_STAFF_PASSWORD }

const slug = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]?.slug
if (!slug) throw new Error(`No public release at ${base}: is the server running with demo content?`)
const page = `${base}/news/${slug}`
await fetch(page) // rendered once; the runs measure the cached page

// What a greedy anonymous client asks for: everything, as deep as it may, page after page, and the same by GraphQL.
const graphql = JSON.stringify({
  query:
    '{ Releases(limit: 100) { docs { title slug summary topics { name } ' +
    'contacts { name email } heroImage { url alt } } } }',
})
const apiRequests = [
  { method: 'GET', path: '/api/releases?limit=100&depth=2' },
  { method: 'GET', path: '/api/releases?limit=100&depth=2&page=2' },
  { method: 'GET', path: '/api/media?limit=100&depth=1' },
  { method: 'GET', path: '/api/contacts?limit=100&depth=2' },
  { method: 'POST', path: '/api/graphql', body: graphql, headers: { 'content-type': 'application/json' } },
] as const

const run = (opts: autocannon.Options) => autocannon({ duration: seconds, ...opts })
// Warm up first (the server's code is compiled as it runs, and start-up jobs finish), so "alone" is steady.
await autocannon({ url: page, connections, duration: 5 })
const alone = await run({ url: page, connections })
const [shared, api] = await Promise.all([
  run({ url: page, connections }),
  run({ url: base, connections: apiClients, requests: apiRequests.map((r) => ({ ...r })) }),
])

const rps = (r: autocannon.Result) => r.requests.average
const statuses = (r: autocannon.Result) => `2xx ${r['2xx']}, non-2xx ${r.non2xx}, errors ${r.errors}`
console.log(
  `Isolation bench against ${base}: ${connections} page connections, ` +
    `${apiClients} anonymous API clients, ${seconds} s each\n`,
)
console.log(
  `cached release page alone           ${rps(alone).toFixed(0).padStart(6)} req/s  p99 ${alone.latency.p99} ms`,
)
console.log(
  `cached release page beside the API  ${rps(shared).toFixed(0).padStart(6)} req/s  p99 ${shared.latency.p99} ms`,
)
console.log(`anonymous API                       ${rps(api).toFixed(0).padStart(6)} req/s  (${statuses(api)})`)
console.log(`\npage keeps ${((100 * rps(shared)) / rps(alone)).toFixed(0)}% of its throughput   target at least 80%`)

// A client that makes every question unique (`?x=<random>`), so nothing it asks can be answered from memory.
const busting = () =>
  run({
    url: base,
    connections: floodClients,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: `/api/releases?limit=20&where[title][like]=${randomBytes(6).toString('hex')}`,
          headers: spread ? { ...req.headers, 'x-forwarded-for': anyAddress() } : req.headers,
        }),
      },
    ],
  })
const kept = `${base}/api/releases?limit=10&depth=1`
await fetch(kept)
await fetch(kept) // asked twice: kept in memory
// Readers of a kept answer, each request from an address of its own when the server trusts this machine's
// X-Forwarded-For (BENCH_FLOOD_SPREAD), so the per-address pace in front of the app does not stand in for them.
const readers = {
  url: base,
  connections: 10,
  requests: [
    {
      method: 'GET',
      path: '/api/releases?limit=10&depth=1',
      setupRequest: (req: autocannon.Request) =>
        spread ? { ...req, headers: { ...req.headers, 'x-forwarded-for': anyAddress() } } : req,
    },
  ],
}
const keptAlone = await run(readers)
async function signIns(until: Promise<unknown>) {
  const times: number[] = []
  let failed = 0
  let done = false
  void until.then(() => (done = true))
  while (!done && staff.email && staff.password) {
    const started = performance.now()
    const res = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(staff),
    })
    times.push(performance.now() - started)
    if (!res.ok) failed++
    await res.arrayBuffer()
    // One a second, as people sign in: back to back, the password hashing alone would take a core from the pages.
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { times: times.sort((a, b) => a - b), failed }
}
const flood = busting()
const [pageInFlood, keptInFlood, signInFlood, floodResult] = await Promise.all([
  run({ url: page, connections }),
  run(readers),
  signIns(flood),
  flood,
])
const median = (xs: number[]) => (xs.length ? xs[Math.floor(xs.length / 2)] : NaN)
const pad = (n: number) => n.toFixed(0).padStart(6)
const share = (part: autocannon.Result, whole: autocannon.Result) => ((100 * rps(part)) / rps(whole)).toFixed(0)
console.log(
  `\nCache-busting flood: ${floodClients} connections, a new API address each request` +
    `${spread ? ', each from an address of its own' : ', one client address'}, ${seconds} s\n`,
)
console.log(
  `cached release page in the flood    ${pad(rps(pageInFlood))} req/s  p99 ${pageInFlood.latency.p99} ms` +
    `   keeps ${share(pageInFlood, alone)}% (target at least 80%)`,
)
console.log(
  `kept API answer alone / in flood    ${pad(rps(keptAlone))} / ${rps(keptInFlood).toFixed(0)} req/s` +
    `   keeps ${share(keptInFlood, keptAlone)}% (2xx ${keptAlone['2xx']} / ${keptInFlood['2xx']})`,
)
console.log(`the flood itself                    ${pad(rps(floodResult))} req/s  (${statuses(floodResult)})`)
const { times, failed } = signInFlood
if (times.length)
  console.log(
    `staff sign-in during the flood      ${times.length} sign-ins, median ${median(times).toFixed(0)} ms, ` +
      `slowest ${times.at(-1)!.toFixed(0)} ms, ${failed} refused   target within 2,000 ms`,
  )
else console.log('staff sign-in during the flood      skipped: set BENCH_STAFF_EMAIL and BENCH_STAFF_PASSWORD')
