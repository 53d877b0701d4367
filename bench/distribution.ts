// A distribution to 5,000 contacts through a local SMTP server, against a production server of this build (run
// `npm run build` first). It starts its own embedded PostgreSQL and server (demo content), so it needs nothing
// running. Prints: time from Send to all recipients listed and the senders started; the send rate against the cap;
// the server's memory; duplicates; and a cached release page's throughput before and while it sends. Asserts nothing.
//   BENCH_CONTACTS (5000), BENCH_RATE (1200 a minute), BENCH_SECONDS (10), BENCH_CONNECTIONS (20), BENCH_PORT (3395)
import { fork, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import autocannon from 'autocannon'
import pg from 'pg'
import { startEmbeddedPostgres } from '../lib/db/embedded'

const contacts = Number(process.env.BENCH_CONTACTS || 5000)
const rate = Number(process.env.BENCH_RATE || 1200)
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 20)
const port = Number(process.env.BENCH_PORT || 3395)
const ROUNDS = 3
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = `http://127.0.0.1:${port}`
const ADMIN = { email: 'bench@example.org', password: 'bench-password-123' }
const OUTLET = `Bench Gazette ${randomBytes(3).toString('hex')}`

// Every message, by recipient: a second message to anyone is a duplicate.
const perRecipient = new Map<string, number>()
const arrivals: number[] = []
const smtp = fork('bench/smtp-sink.ts', { execArgv: ['--import', 'tsx'] })
const smtpPort = await new Promise<number>((resolve) => {
  smtp.on('message', (message: { port?: number; to?: string[]; at?: number }) => {
    if (message.port) return resolve(message.port)
    for (const address of message.to ?? []) perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1)
    arrivals.push(message.at!)
  })
})

const db = await startEmbeddedPostgres({ dataDir: '.data-bench-distribution', persistent: false })
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: db.url,
    DATA_DIR: '.data-bench-distribution-app',
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    SITE_URL: base,
    SEED_DEMO: 'true',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    DISTRIBUTION_RATE_PER_MINUTE: String(rate),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
})

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
/** Resident memory of the server and every process under it, in MB (from Linux's /proc). */
function rssMb(): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    const stat = read(`/proc/${name}/stat`)
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
  }
  const walk = (pid: number): number =>
    Number(read(`/proc/${pid}/status`).match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) +
    (children.get(pid) ?? []).reduce((sum, child) => sum + walk(child), 0)
  return walk(server.pid!) / 1024
}

async function until<T>(what: string, check: () => Promise<T | undefined>, limitMs = 600_000): Promise<T> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const value = await check().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${what}: not within ${limitMs / 1000} s`)
}

const client = new pg.Client({ connectionString: db.url })
try {
  await until('the server', async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined))
  const token = (
    await (
      await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
    ).json()
  ).token as string
  const api = async (path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    return res.json()
  }
  // The contacts book, written straight to the database: importing 5,000 rows is not what is measured here.
  await client.connect()
  await client.query(
    `INSERT INTO media_contacts (name, email, outlet, lawful_basis, basis_date, status)
     SELECT 'Reporter ' || n, 'reporter' || n || '@bench.example', $1, 'legitimate-interest', now(), 'active'
     FROM generate_series(1, $2) n`,
    [OUTLET, contacts],
  )
  const list = (await api('media-lists', { name: 'Everyone at the bench', kind: 'outlets', outlets: [OUTLET] })).doc
  // The newest public release, as anyone sees it (the admin would also see drafts and scheduled ones).
  const release = (await (await fetch(`${base}/api/releases?limit=1&depth=0&sort=-releaseDate`)).json()).docs[0]
  const page = `${base}/news/${release.slug}`
  await fetch(page)
  const throughput = async () => (await autocannon({ url: page, connections, duration: seconds })).requests.average
  await throughput() // warm-up
  // Rounds before, during and after the send: this machine's rounds differ by ±30% on their own, so one of each
  // would say more about the noise than the send.
  const before = [await throughput(), await throughput()]
  const idle = rssMb()

  const d = (await api('distributions', { release: release.id, lists: [list.id], timing: 'now' })).doc
  const pressed = Date.now()
  const answer = await api(`distributions/${d.id}/send`, {})
  if (!answer.message) throw new Error(`Send was refused: ${JSON.stringify(answer)}`)
  const queued = await until('recipients listed', async () => {
    const { rows } = await client.query('SELECT status FROM distributions WHERE id = $1', [d.id])
    return rows[0]?.status === 'sending' || rows[0]?.status === 'sent' ? Date.now() - pressed : undefined
  })
  let peak = idle
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 500)
  const status = async () =>
    (await client.query('SELECT status FROM distributions WHERE id = $1', [d.id])).rows[0]?.status
  const during: number[] = []
  for (let i = 0; i < ROUNDS && (await status()) === 'sending'; i++) {
    const rps = await throughput()
    // Only a round that ended while it was still sending counts as during.
    if ((await status()) === 'sending') during.push(rps)
  }
  await until(
    'every email sent',
    async () => {
      const { rows } = await client.query('SELECT status FROM distributions WHERE id = $1', [d.id])
      return rows[0]?.status === 'sent' ? true : undefined
    },
    3_600_000,
  )
  clearInterval(sampler)
  const after = [await throughput(), await throughput()]
  const sent = [...perRecipient.values()].reduce((a, b) => a + b, 0)
  const duplicates = [...perRecipient.values()].filter((n) => n > 1).length
  const span = (arrivals.at(-1)! - arrivals[0]) / 1000
  const perMinute = ((arrivals.length - 1) / span) * 60
  console.log(
    `\nA distribution to ${contacts.toLocaleString('en-GB')} contacts, cap ${rate.toLocaleString('en-GB')} a minute:`,
  )
  console.log(`  Send to all recipients listed and senders started  ${(queued / 1000).toFixed(1)} s`)
  const ofCap = ((perMinute / rate) * 100).toFixed(0)
  console.log(
    `  emails received ${sent} in ${span.toFixed(1)} s: ${perMinute.toFixed(0)} a minute (${ofCap}% of the cap)`,
  )
  console.log(`  duplicates  ${duplicates}   (target 0)`)
  console.log(`  server memory  ${idle.toFixed(0)} MB idle, ${peak.toFixed(0)} MB at most while sending`)
  const quiet = median([...before, ...after])
  const kept = during.length ? ((median(during) / quiet) * 100).toFixed(0) : 'n/a'
  const rounds = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ')
  console.log(
    `  cached release page, median req/s: ${quiet.toFixed(0)} when quiet (rounds ${rounds([...before, ...after])}),` +
      ` ${during.length ? median(during).toFixed(0) : 'n/a'} while sending (rounds ${rounds(during)}): ${kept}%` +
      '   (target >= 80%)',
  )
} finally {
  await client.end().catch(() => undefined)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await exited
  await db.stop()
  smtp.disconnect()
  rmSync('.data-bench-distribution-app', { recursive: true, force: true })
}
