import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { S3 } from '@aws-sdk/client-s3'
import { unzipSync } from 'fflate'
import pg from 'pg'
import sharp from 'sharp'
import { startEmbeddedPostgres, type RunningDatabase } from '../lib/db/embedded'
import { header, smtpServer } from '../tests/support/smtp'
import { auth, expect, test } from './support/fixtures'
import { adminTokenFor, startInstance, type Instance } from './support/instance'
import { hasNginx, startNginx } from './support/nginx'
import { S3_BUCKET, startS3 } from './support/s3'

// More than one machine, on real parts: two production servers from the same build behind nginx, one PostgreSQL,
// media in an S3-compatible bucket, mail through a real SMTP server, and one `npm run jobs` worker running the jobs
// (the servers run none: JOBS_AUTORUN=false).
const PORTS = { one: 3301, two: 3302, nginx: 3380, s3: 3390 }
const smtp = smtpServer()
let s3: Awaited<ReturnType<typeof startS3>>
let db: RunningDatabase
let one: Instance
let two: Instance
let worker: ChildProcess
let nginx: Awaited<ReturnType<typeof startNginx>>
let token: string

test.describe.configure({ mode: 'serial' })
test.skip(!hasNginx(), 'nginx is not installed (CI installs it: apt-get install nginx)')

test.beforeAll(async () => {
  test.setTimeout(480_000)
  const smtpPort = await smtp.start()
  s3 = await startS3(PORTS.s3)
  db = await startEmbeddedPostgres({ dataDir: '.data-e2e-shared', persistent: false })
  const env = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    JOBS_AUTORUN: 'false',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SITE_URL: `http://127.0.0.1:${PORTS.nginx}`,
    TRUSTED_PROXIES: '127.0.0.2',
    CDN_MAX_AGE: '1',
    ...s3.env,
  }
  // The first migrates and loads the demo newsroom; the second and the worker join a database that is ready.
  one = await startInstance('one', PORTS.one, env)
  worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts'], {
    env: { ...process.env, ...env, NODE_ENV: 'production', DATA_DIR: '.data-e2e-worker' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  two = await startInstance('two', PORTS.two, env)
  nginx = await startNginx(PORTS.nginx, [PORTS.one, PORTS.two])
  token = await adminTokenFor(one.url)
})

test.afterAll(async () => {
  await nginx?.stop()
  if (worker && worker.exitCode === null)
    await new Promise((resolve) => worker.once('exit', resolve) && worker.kill('SIGTERM'))
  await Promise.all([one?.stop(), two?.stop()])
  await db?.stop()
  await s3?.stop()
  await smtp.stop()
})

const text = (url: string) => fetch(url).then((r) => r.text())
const status = (url: string) => fetch(url).then((r) => r.status)

async function create(base: string, data: Record<string, unknown>) {
  const res = await fetch(`${base}/api/releases`, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify({ summary: 'Two instances.', _status: 'published', ...data }),
  })
  const body = await res.text()
  expect(res.ok, body).toBeTruthy()
  return JSON.parse(body).doc as { id: number; slug: string; title: string }
}

test('a publish on one instance shows on the other, and through nginx, within two seconds', async () => {
  const title = `Both machines ${randomBytes(4).toString('hex')}`
  // Both instances have the news list in their page caches before the publish.
  for (const instance of [one, two]) expect(await text(`${instance.url}/news`)).not.toContain(title)
  const release = await create(one.url, { title })
  const seen = { timeout: 2000, intervals: [100] }
  await expect.poll(() => text(`${two.url}/news`), seen).toContain(title)
  await expect.poll(() => status(`${two.url}/news/${release.slug}`), seen).toBe(200)
  await expect.poll(() => text(`${one.url}/news`), seen).toContain(title)
  await expect.poll(() => text(`${nginx.url}/news`), { timeout: 4000, intervals: [100] }).toContain(title)
})

test('an embargo lifts on both instances at its time, and each subscriber gets one alert', async ({ browser }) => {
  const readers = [
    `first-${randomBytes(3).toString('hex')}@example.com`,
    `second-${randomBytes(3).toString('hex')}@example.com`,
  ]
  // One journalist subscribes through each instance, and confirms through the other.
  for (const [i, email] of readers.entries()) {
    const page = await browser.newPage()
    await page.goto(`${[one, two][i].url}/subscribe`)
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Subscribe' }).click()
    await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible()
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(email)).length, { timeout: 15_000 }).toBe(1)
    const token = smtp.received.find((m) => m.to.includes(email))!.body.match(/\/subscribe\/confirm\?token=(\S+)/)![1]
    await page.goto(`${[two, one][i].url}/subscribe/confirm?token=${token}`)
    await page.getByRole('button', { name: 'Confirm my subscription' }).click()
    await expect(page.getByRole('status')).toHaveText('Thank you: your email alerts have started.')
    await page.close()
  }

  const title = `Lifts everywhere ${randomBytes(4).toString('hex')}`
  const lifts = Date.now() + 6000
  const release = await create(one.url, { title, embargoUntil: new Date(lifts).toISOString() })
  const pages = [one, two].map((instance) => `${instance.url}/news/${release.slug}`)
  while (Date.now() < lifts - 400) {
    for (const page of pages) expect(await status(page), `${page} before the embargo lifts`).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const lifted = { timeout: lifts - Date.now() + 2000, intervals: [100] }
  for (const page of pages) await expect.poll(() => status(page), lifted).toBe(200)
  await expect.poll(() => text(`${two.url}/news`), lifted).toContain(title)

  // Two servers and a worker all watch the clock; the alert goes once to each subscriber.
  const alerts = (email: string) =>
    smtp.received.filter((m) => m.to.includes(email) && header(m, 'subject') === title).length
  for (const email of readers) await expect.poll(() => alerts(email), { timeout: 30_000 }).toBe(1)
  // Once no job is left to run, nothing more can be on its way.
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const waiting = async () =>
    Number(
      (
        await client.query(
          "SELECT count(*) FROM payload_jobs WHERE completed_at IS NULL AND NOT has_error AND queue = 'default'",
        )
      ).rows[0].count,
    )
  await expect.poll(waiting, { timeout: 30_000 }).toBe(0)
  await client.end()
  for (const email of readers) expect(alerts(email), email).toBe(1)
})

test('media live in the bucket, and either instance serves them under the public rule', async () => {
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(png)], { type: 'image/png' }),
    `bucket-${randomBytes(4).toString('hex')}.png`,
  )
  form.append('_payload', JSON.stringify({ alt: 'A picture in the bucket' }))
  const upload = await fetch(`${one.url}/api/media`, { method: 'POST', headers: auth(token), body: form })
  expect(upload.ok, await upload.clone().text()).toBeTruthy()
  const media = (await upload.json()).doc as {
    id: number
    filename: string
    sizes: Record<string, { filename: string | null }>
  }

  // In the bucket, original and sizes; on neither machine's disk.
  const bucket = new S3({
    ...s3.env,
    endpoint: s3.env.S3_ENDPOINT,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  })
  const keys = ((await bucket.listObjectsV2({ Bucket: S3_BUCKET })).Contents ?? []).map((o) => o.Key)
  expect(keys).toContain(media.filename)
  expect(keys).toContain(media.sizes.card.filename)
  for (const name of ['one', 'two']) expect(existsSync(`.data-e2e-${name}/media/${media.filename}`)).toBe(false)

  // Not used by anything public yet: nobody outside the staff gets it, from either instance.
  const file = (instance: Instance) => `${instance.url}/api/media/file/${media.filename}`
  for (const instance of [one, two]) expect([403, 404]).toContain(await status(file(instance)))
  expect((await fetch(file(two), { headers: auth(token) })).status).toBe(200)

  const release = await create(one.url, {
    title: `With a picture ${randomBytes(4).toString('hex')}`,
    heroImage: media.id,
  })
  for (const instance of [one, two]) {
    const res = await fetch(file(instance))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(900)
    // The press kit is put together from the bucket too, on whichever machine is asked.
    const kit = await fetch(`${instance.url}/news/${release.slug}/press-kit.zip`)
    expect(kit.status).toBe(200)
    const files = unzipSync(new Uint8Array(await kit.arrayBuffer()))
    expect(Object.values(files).map((bytes) => bytes.length)).toContain(png.length)
  }
})
