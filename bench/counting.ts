// What counting readings (server/count-requests.mjs) costs the public pages. Two figures, in one run:
// 1. the counter alone: how many requests a second it can count, against fake requests (no server needed);
// 2. a cached release page read as a person (counted) and the same request marked as a browser's prefetch (not
//    counted; Next answers both alike, where a robot's name would change how Next renders), alternating rounds
//    (each starting with the other) so both see the same machine. Against `npm run build && npm start` with demo
//    content. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_ROUNDS (3)
import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import autocannon from 'autocannon'
import { countReadings, tally } from '../server/count-requests.mjs'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)
const rounds = Number(process.env.BENCH_ROUNDS || 3)
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'

// 1. The counter alone.
const N = 1_000_000
const started = process.hrtime.bigint()
for (let i = 0; i < N; i++) {
  const res = Object.assign(new EventEmitter(), { statusCode: 200 }) as unknown as ServerResponse
  countReadings(
    { method: 'GET', url: `/news/story-${i % 500}`, headers: { 'user-agent': PERSON } } as unknown as IncomingMessage,
    res,
  )
  res.emit('finish')
}
const perSecond = N / (Number(process.hrtime.bigint() - started) / 1e9)
tally().clear()
console.log(`Counter alone: ${Math.round(perSecond).toLocaleString('en-GB')} requests counted per second on one core`)

// 2. The same cached page, counted and not.
const slug = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]?.slug
if (!slug) throw new Error(`No public release at ${base}: is the server running with demo content?`)
const url = `${base}/news/${slug}`
await fetch(url)
const COUNTED = { 'user-agent': PERSON }
const NOT_COUNTED = { 'user-agent': PERSON, 'sec-purpose': 'prefetch' }
const rps = async (headers: Record<string, string>) =>
  (await autocannon({ url, connections, duration: seconds, headers })).requests.average
// A warm-up round first: a server just started speeds up for a while, which would favour whichever runs later.
await rps(COUNTED)
const person: number[] = []
const uncounted: number[] = []
// Which goes first alternates, so neither gains from running on a warmer server.
for (let i = 0; i < rounds; i++) {
  if (i % 2) {
    uncounted.push(await rps(NOT_COUNTED))
    person.push(await rps(COUNTED))
  } else {
    person.push(await rps(COUNTED))
    uncounted.push(await rps(NOT_COUNTED))
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ratios = person.map((p, i) => p / uncounted[i])
console.log(
  `\nCached release page, ${connections} connections, ${rounds} rounds of ${seconds} s each after a warm-up, median:`,
)
const perRound = (values: number[], digits: number) => values.map((r) => r.toFixed(digits)).join(', ')
const rate = (values: number[]) => `${median(values).toFixed(0).padStart(6)} req/s   rounds ${perRound(values, 0)}`
console.log(`  read by a person (counted)             ${rate(person)}`)
console.log(`  the same, as a prefetch (not counted)  ${rate(uncounted)}`)
console.log(
  `  counted / not counted, per round: ${perRound(ratios, 2)}; median ${median(ratios).toFixed(2)}` +
    '   target: no measurable cost (1.00 within noise)',
)
