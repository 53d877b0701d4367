// Does the anonymous API starve the pages or lock staff out? Measures a cached release page alone, then while
// anonymous API clients (deep REST reads, list pages, GraphQL) run as hard as they can, then while a cache-busting
// flood asks a new API address every time (BENCH_FLOOD connections, default 100), with staff signing in once a
// second during it and a kept anonymous answer asked beside it. Each load generator runs in a process of its own
// (bench/load.ts), so a flood slows the server, not the page's generator. Prints each figure beside its target.
// Against `npm run build && npm start` with demo content. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_API_CLIENTS (20),
//   BENCH_FLOOD (100), BENCH_STAFF_EMAIL and BENCH_STAFF_PASSWORD (a staff login; sign-in is skipped without one),
//   BENCH_FLOOD_SPREAD=true to give each flood request its own X-Forwarded-For (a botnet rather than one client;
//   the server must trust this machine: TRUSTED_PROXIES=127.0.0.1), BENCH_SERVER_PID (the server's process on this
//   machine: its CPU time is then reported per phase, which the load generators sharing these cores do not blur)
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const apiClients = Number(process.env.BENCH_API_CLIENTS || 20)
const floodClients = Number(process.env.BENCH_FLOOD || 100)
const spread = process.env.BENCH_FLOOD_SPREAD === 'true'
const staff = { email: process.env.BENCH_STAFF_EMAIL, password: process.env.BENCH_STAFF_PASSWORD }

const slug = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]?.slug
if (!slug) throw new Error(`No public release at ${base}: is the server running with demo content?`)
const page = `/news/${slug}`
await fetch(base + page) // rendered once; the runs measure the cached page

type Job = { connections: number; kind: 'get' | 'busting' | 'api'; path?: string; spread?: boolean; seconds?: number }
const load = async (job: Job): Promise<autocannon.Result> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, 'bench/load.ts', JSON.stringify({ url: base, seconds, ...job })],
    { maxBuffer: 64 * 1024 * 1024 },
  )
  return JSON.parse(stdout) as autocannon.Result
}

// The server's CPU time so far (user + system, seconds), from /proc, when its process id is given.
const serverPid = process.env.BENCH_SERVER_PID
const cpu = async () => {
  if (!serverPid) return NaN
  const { readFile } = await import('node:fs/promises')
  const fields = (await readFile(`/proc/${serverPid}/stat`, 'utf8')).split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const cpuNote = (seconds: number, r: autocannon.Result) => {
  if (!Number.isFinite(seconds)) return ''
  const perPage = (1000 * seconds) / Math.max(1, r.requests.total)
  return `   server CPU ${seconds.toFixed(1)} s, ${perPage.toFixed(1)} ms per page`
}
const rps = (r: autocannon.Result) => r.requests.average
const statuses = (r: autocannon.Result) => `2xx ${r['2xx']}, non-2xx ${r.non2xx}, errors ${r.errors}`
const pad = (n: number) => n.toFixed(0).padStart(6)
const share = (part: autocannon.Result, whole: autocannon.Result) => ((100 * rps(part)) / rps(whole)).toFixed(0)

// Warm up first (the server's code is compiled as it runs, and start-up jobs finish), so "alone" is steady.
await load({ connections, kind: 'get', path: page, seconds: 5 })
let cpuAt = await cpu()
const alone = await load({ connections, kind: 'get', path: page })
const cpuAlone = (await cpu()) - cpuAt
// The other loads start first and run longer, so the page is measured while they are in full swing, not while
// their processes are still starting.
const LEAD = 4
const lead = () => new Promise((resolve) => setTimeout(resolve, LEAD * 1000))
const around = (job: Job) => load({ ...job, seconds: seconds + LEAD + 1 })
const apiLoad = around({ connections: apiClients, kind: 'api' })
await lead()
const [shared, api] = await Promise.all([load({ connections, kind: 'get', path: page }), apiLoad])
console.log(
  `Isolation bench against ${base}: ${connections} page connections, ` +
    `${apiClients} anonymous API clients, ${seconds} s each\n`,
)
console.log(
  `cached release page alone           ${pad(rps(alone))} req/s  p99 ${alone.latency.p99} ms` +
    cpuNote(cpuAlone, alone),
)
console.log(`cached release page beside the API  ${pad(rps(shared))} req/s  p99 ${shared.latency.p99} ms`)
console.log(`anonymous API                       ${pad(rps(api))} req/s  (${statuses(api)})`)
console.log(`\npage keeps ${share(shared, alone)}% of its throughput   target at least 80%`)

// Readers of a kept answer, each request from an address of its own when the server trusts this machine's
// X-Forwarded-For (BENCH_FLOOD_SPREAD), so the per-address pace in front of the app does not stand in for them.
const kept = '/api/releases?limit=10&depth=1'
await fetch(base + kept)
await fetch(base + kept) // asked twice: kept in memory
const keptAlone = await load({ connections: 10, kind: 'get', path: kept, spread })

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
// A client that makes every question unique (`?x=<random>`), so nothing it asks can be answered from memory.
let cpuFlood = NaN
const flood = around({ connections: floodClients, kind: 'busting', spread })
const keptLoad = around({ connections: 10, kind: 'get', path: kept, spread })
await lead()
cpuAt = await cpu()
const [pageInFlood, keptInFlood, { times, failed }, floodResult] = await Promise.all([
  load({ connections, kind: 'get', path: page }).then(async (r) => ((cpuFlood = (await cpu()) - cpuAt), r)),
  keptLoad,
  signIns(flood),
  flood,
])
const median = (xs: number[]) => (xs.length ? xs[Math.floor(xs.length / 2)] : NaN)
console.log(
  `\nCache-busting flood: ${floodClients} connections, a new API address each request` +
    `${spread ? ', each from an address of its own' : ', one client address'}, ${seconds} s\n`,
)
console.log(
  `cached release page in the flood    ${pad(rps(pageInFlood))} req/s  p99 ${pageInFlood.latency.p99} ms` +
    `   keeps ${share(pageInFlood, alone)}% (target at least 80%)${cpuNote(cpuFlood, pageInFlood)}`,
)
console.log(
  `kept API answer alone / in flood    ${pad(rps(keptAlone))} / ${rps(keptInFlood).toFixed(0)} req/s` +
    `   keeps ${share(keptInFlood, keptAlone)}% (2xx ${keptAlone['2xx']} / ${keptInFlood['2xx']})`,
)
console.log(`the flood itself                    ${pad(rps(floodResult))} req/s  (${statuses(floodResult)})`)
if (times.length)
  console.log(
    `staff sign-in during the flood      ${times.length} sign-ins, median ${median(times).toFixed(0)} ms, ` +
      `slowest ${times.at(-1)!.toFixed(0)} ms, ${failed} refused   target within 2,000 ms`,
  )
else console.log('staff sign-in during the flood      skipped: set BENCH_STAFF_EMAIL and BENCH_STAFF_PASSWORD')
