// Soak: many readers for a while, while an editor publishes and unpublishes. `npm run build && npm start` in one
// terminal (demo content), then `npm run bench:soak` in another. Prints errors, latency and the server's memory;
// asserts nothing.
//   BENCH_URL (http://localhost:3000)  BENCH_SECONDS (60)  BENCH_CONNECTIONS (64)
//   BENCH_EMAIL / BENCH_PASSWORD: an editor's login (the demo admin by default)
//   BENCH_SERVER_PID: the server process to watch (else found by its command line)
import { execFileSync } from 'node:child_process'
import autocannon from 'autocannon'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 60)
const connections = Number(process.env.BENCH_CONNECTIONS || 64)
const email = process.env.BENCH_EMAIL || 'admin@example.com'
const password = process.env.BENCH_PASSWORD || 'press-office-demo'

const rssOf = (pid: number) =>
  Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024
const serverPid =
  Number(process.env.BENCH_SERVER_PID) ||
  Number(execFileSync('pgrep', ['-f', '-n', 'server/next-server.mjs'], { encoding: 'utf8' }).trim())

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
})
if (!login.ok) throw new Error(`Could not sign in as ${email} (${login.status}): set BENCH_EMAIL and BENCH_PASSWORD`)
const auth = { Authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }

// Public releases only (asked anonymously, so nothing embargoed): one that readers read throughout, and ten others that
// the editor takes down and puts back (so the home page, the list and the topic pages change under the readers, and no
// reader asks for a missing page).
const list = await (await fetch(`${base}/api/releases?limit=11&depth=0&sort=-releaseDate`)).json()
const [read, ...releases] = list.docs as Array<{ id: number; slug: string }>
if (!read || releases.length < 2)
  throw new Error('The soak needs at least three published releases (start with SEED_DEMO=true).')
const topic = (await (await fetch(`${base}/api/topics?limit=1`)).json()).docs[0]?.slug ?? 'research'
const paths = ['/', '/news', `/news/${read.slug}`, `/topics/${topic}`, '/search?q=river']
for (const path of paths) await fetch(base + path) // first visits render; the soak measures what readers get after

// The editor: every few seconds, one of ten releases goes down or comes back (and every page showing it expires).
let edits = 0
let editErrors = 0
const editor = setInterval(
  async () => {
    const release = releases[edits % releases.length]
    const status = Math.floor(edits / releases.length) % 2 === 0 ? 'draft' : 'published'
    edits++
    const res = await fetch(`${base}/api/releases/${release.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ _status: status }),
    }).catch(() => null)
    if (!res?.ok) editErrors++
  },
  (seconds * 1000) / 24,
)

let earlyRss = 0
setTimeout(() => (earlyRss = rssOf(serverPid)), Math.min(60_000, (seconds * 1000) / 3))

console.log(
  `Soak against ${base}: ${connections} readers for ${seconds}s over ${paths.join(' ')}, ` +
    'an editor publishing and unpublishing\n',
)
const startRss = rssOf(serverPid)
const result = await autocannon({
  url: base,
  connections,
  duration: seconds,
  requests: paths.map((path) => ({ method: 'GET', path })),
})
clearInterval(editor)
// Whatever the editor took down goes back up.
for (const release of releases)
  await fetch(`${base}/api/releases/${release.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ _status: 'published' }),
  })
const endRss = rssOf(serverPid)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

console.log(`requests        ${result.requests.total} (${result.requests.average.toFixed(0)}/s)`)
console.log(`errors          ${result.errors} connection errors, ${result.non2xx} non-2xx`)
console.log(`latency         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
console.log(`editor          ${edits} publish/unpublish saves, ${editErrors} failed`)
console.log(
  `server memory   start ${mb(startRss)}, after warm-up ${mb(earlyRss)}, end ${mb(endRss)} ` +
    `(end/warm-up ${(endRss / earlyRss).toFixed(2)})`,
)
