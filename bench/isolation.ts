// Does the anonymous API starve the pages? Measures a cached release page alone, then again while anonymous API
// clients (deep REST reads, list pages, GraphQL) run as hard as they can, and prints the share the page keeps beside
// its target. Against `npm run build && npm start` with demo content. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_API_CLIENTS (20)
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const apiClients = Number(process.env.BENCH_API_CLIENTS || 20)

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
