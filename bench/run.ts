// Load test for the public pages: `npm run build && npm start` in one terminal, then `npm run bench` in another.
// Prints requests per second and p50/p99 latency per page at each concurrency; asserts nothing. Where Varnish with
// xkey is installed it also starts the repository's VCL (deploy/varnish) in front of the server and measures the same
// pages through it (BENCH_VARNISH=false to skip; BENCH_VARNISH_PORT, default 6081).
import autocannon from 'autocannon'
import { hasVarnish, startVarnish } from '../e2e/support/varnish'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connectionsList = (process.env.BENCH_CONNECTIONS || '16,64').split(',').map(Number)

async function firstReleasePath(): Promise<string> {
  const html = await (await fetch(`${base}/news`)).text()
  const match = /href="(\/news\/[a-z0-9-]+)/.exec(html)
  if (!match) throw new Error(`No release link found on ${base}/news: is the server running with content?`)
  return match[1]
}

const release = await firstReleasePath()
const varnish =
  process.env.BENCH_VARNISH !== 'false' && hasVarnish()
    ? await startVarnish(Number(process.env.BENCH_VARNISH_PORT || 6081), [Number(new URL(base).port || 80)])
    : undefined
const targets = [
  ['release page', base, release],
  ['news list', base, '/news'],
  ['static page', base, '/accessibility'],
  ...(varnish
    ? ([
        ['release Varnish', varnish.url, release],
        ['static Varnish', varnish.url, '/accessibility'],
      ] as const)
    : []),
] as const

console.log(`Press Office bench against ${base}, ${seconds}s per run\n`)
console.log('page            conns   req/s    p50 ms   p99 ms   non-2xx')
const rps = new Map<string, number>()
for (const [name, origin, path] of targets) {
  // Warm the caches: the first visit renders, the rest are served from them.
  for (let i = 0; i < 2; i++) await fetch(origin + path)
  for (const connections of connectionsList) {
    // As a browser asks: a cache keeps the compressed page and would otherwise unzip it for every request.
    const headers = { 'accept-encoding': 'gzip, deflate, br' }
    const result = await autocannon({ url: origin + path, connections, duration: seconds, headers })
    const row = [
      name.padEnd(15),
      String(connections).padStart(5),
      result.requests.average.toFixed(0).padStart(7),
      String(result.latency.p50).padStart(9),
      String(result.latency.p99).padStart(8),
      String(result.non2xx).padStart(9),
    ]
    console.log(row.join(' '))
    rps.set(`${name} ${connections}`, result.requests.average)
  }
}
console.log()
for (const connections of connectionsList) {
  const ratio = rps.get(`release page ${connections}`)! / rps.get(`static page ${connections}`)!
  console.log(
    `cached release page vs static page at ${connections} connections: ${ratio.toFixed(2)}x   target at least 0.9x`,
  )
}
if (varnish) {
  for (const connections of connectionsList) {
    const at = (name: string) => rps.get(`${name} ${connections}`)!
    console.log(
      `release page through Varnish vs the server alone at ${connections} connections: ` +
        `${(at('release Varnish') / at('release page')).toFixed(1)}x   target at least 10x`,
    )
    console.log(
      `release page vs a static page, both through Varnish, at ${connections} connections: ` +
        `${(at('release Varnish') / at('static Varnish')).toFixed(2)}x   target at least 0.5x`,
    )
  }
  await varnish.stop()
}
