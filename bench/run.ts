// Load test for the public pages: `npm run build && npm start` in one terminal, then `npm run bench` in another.
// Prints requests per second and p50/p99 latency per page at each concurrency; asserts nothing.
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connectionsList = (process.env.BENCH_CONNECTIONS || '16,64').split(',').map(Number)

async function firstReleasePath(): Promise<string> {
  const html = await (await fetch(`${base}/news`)).text()
  const match = /href="(\/news\/[a-z0-9-]+)/.exec(html)
  if (!match) throw new Error(`No release link found on ${base}/news: is the server running with content?`)
  return match[1]
}

const targets = [
  ['release page', await firstReleasePath()],
  ['news list', '/news'],
  ['static page', '/accessibility'],
] as const

console.log(`Press Office bench against ${base}, ${seconds}s per run\n`)
console.log('page            conns   req/s    p50 ms   p99 ms   non-2xx')
const rps = new Map<string, number>()
for (const [name, path] of targets) {
  await fetch(base + path) // warm the cache: the first visit renders, the rest are served from it
  for (const connections of connectionsList) {
    const result = await autocannon({ url: base + path, connections, duration: seconds })
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
