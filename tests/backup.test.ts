import { execFile } from 'node:child_process'
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subscribe } from '../lib/alerts/subscribe'
import { startEmbeddedPostgres } from '../lib/db/embedded'
import { submitEnquiry } from '../lib/enquiries/submit'
import { sha256File } from '../lib/ops/backup'
import { mediaDir } from '../lib/paths'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'
import { createTestDatabase, type TestDatabase } from './support/test-database'

const run = promisify(execFile)
let payload: Payload
let target: TestDatabase
let work: string

beforeAll(async () => {
  payload = await testPayload()
  target = await createTestDatabase('restore')
  work = await mkdtemp(path.join(tmpdir(), 'press-office-backup-test-'))
  // An embedded PostgreSQL runs as its own user, which must reach a data folder inside this one.
  await chmod(work, 0o755)
})
afterAll(async () => {
  await target?.dispose()
  await rm(work, { recursive: true, force: true })
})

const counts = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  )
  const result: Record<string, number> = {}
  for (const { name } of rows)
    result[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n)
  const titles = (await client.query(`SELECT id, title, slug, _status FROM releases ORDER BY id`)).rows
  // The audit trail's entries about backups: the backup and the restore each add one after the copy.
  const audit = (
    await client.query(
      `SELECT action, subject_id AS archive FROM audit_entries WHERE action IN ('backup.made', 'backup.restored')
       ORDER BY id`,
    )
  ).rows
  await client.end()
  return { result, titles, audit }
}

describe('npm run backup, then npm run restore', () => {
  it('brings releases, versions, enquiries, subscribers and media bytes back exactly, into an empty database', async () => {
    // Something of every kind, versions included.
    const data = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#789' } })
      .jpeg()
      .toBuffer()
    const picture = await payload.create({
      collection: 'media',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { alt: 'Backed up' },
      file: { data, name: `${unique('backup')}.jpg`, mimetype: 'image/jpeg', size: data.length },
    })
    const release = await makeRelease(payload, { heroImage: picture.id })
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'A later draft' },
    })
    await submitEnquiry(payload, enquiryForm(), submitOptions())
    await subscribe(
      payload,
      { email: `${unique('kept')}@example.org`, scope: 'all', topics: [] },
      { ip: unique('198.51.100') },
    )

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL!,
      MEDIA_DIR: mediaDir(),
      NODE_ENV: 'production',
    }
    await run('npx', ['tsx', 'scripts/backup.ts', work], { env })
    const [archive] = (await readdir(work)).filter((f) => f.endsWith('.tar.gz'))
    expect(archive).toMatch(/^press-office-\d{4}-\d\d-\d\dT[\d-]+Z\.tar\.gz$/)

    const restoredMedia = path.join(work, 'restored-media')
    await run('npx', ['tsx', 'scripts/restore.ts', path.join(work, archive)], {
      env: { ...env, DATABASE_URL: target.url, MEDIA_DIR: restoredMedia },
    })

    const [before, after] = [await counts(process.env.DATABASE_URL!), await counts(target.url)]
    // Each database's trail says what was done to it: the backup was made after its own copy was taken, so the
    // restored trail has the restore in its place.
    expect(before.audit).toEqual([{ action: 'backup.made', archive }])
    expect(after.audit).toEqual([{ action: 'backup.restored', archive }])
    expect(after.result).toEqual(before.result)
    expect(after.titles).toEqual(before.titles)
    for (const table of ['releases', '_releases_v', 'enquiries', 'subscribers', 'media'])
      expect(after.result[table], table).toBeGreaterThan(0)
    const files = (await readdir(mediaDir())).sort()
    expect((await readdir(restoredMedia)).sort()).toEqual(files)
    for (const file of files)
      expect(await sha256File(path.join(restoredMedia, file)), file).toBe(await sha256File(path.join(mediaDir(), file)))

    // A second restore into what is now a full database is refused, and changes nothing.
    const again = await run('npx', ['tsx', 'scripts/restore.ts', path.join(work, archive)], {
      env: { ...env, DATABASE_URL: target.url, MEDIA_DIR: path.join(work, 'elsewhere') },
    }).catch((e: { stderr: string }) => e)
    expect((again as { stderr: string }).stderr).toMatch(/not empty/)
    expect((await counts(target.url)).result).toEqual(after.result)

    // The manifest names the server's version.
    const { stdout: manifest } = await run('tar', ['-xzf', path.join(work, archive), '-O', 'manifest.json'])
    expect(JSON.parse(manifest).postgres).toMatch(/^\d+(\.\d+)?/)

    // Into a fresh embedded database (no DATABASE_URL, a data folder never used): it is made, then filled.
    const fresh = path.join(work, 'fresh-data')
    const withoutDatabase = { ...env }
    delete withoutDatabase.DATABASE_URL
    await run('npx', ['tsx', 'scripts/restore.ts', path.join(work, archive)], {
      env: { ...withoutDatabase, NODE_ENV: 'development', DATA_DIR: fresh, MEDIA_DIR: path.join(fresh, 'media') },
    })
    const embedded = await startEmbeddedPostgres({ dataDir: fresh })
    try {
      expect((await counts(embedded.url)).titles).toEqual(before.titles)
    } finally {
      await embedded.stop()
    }
  }, 240_000)
})
