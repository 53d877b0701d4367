import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import * as tar from 'tar'
import { auditOperatorAction } from '../audit/operator'

export type TableEntry = { name: string; rows: number; sha256: string }
export type FileEntry = { name: string; bytes: number; sha256: string }
export type Manifest = {
  format: 'press-office-backup'
  version: 1
  createdAt: string
  postgres: string
  migrations: string[]
  tables: TableEntry[]
  media: FileEntry[]
}

export const sha256File = async (file: string) => {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every ordinary table of the schema, Payload's and ours alike, by name. */
export async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  return rows.map((r) => r.name)
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * One archive (tar.gz) holding the whole newsroom: every table of the database in PostgreSQL's binary COPY format,
 * in one consistent snapshot (a repeatable-read transaction), every media file, and a manifest with the server's
 * version, the migrations the schema came from, and a checksum and count for each part. `restore` checks them all.
 */
export async function backup(databaseUrl: string, mediaDir: string, outFile: string): Promise<Manifest> {
  const work = await mkdtemp(path.join(tmpdir(), 'press-office-backup-'))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const postgres = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v
    const migrations = (
      await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY name')
    ).rows.map((r) => r.name)
    await mkdir(path.join(work, 'db'))
    const tables: TableEntry[] = []
    for (const name of await tablesOf(client)) {
      const file = path.join(work, 'db', `${name}.copy`)
      await pipeline(client.query(copyTo(`COPY ${quote(name)} TO STDOUT (FORMAT binary)`)), createWriteStream(file))
      const rows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`)).rows[0].n)
      tables.push({ name, rows, sha256: await sha256File(file) })
    }
    await client.query('COMMIT')

    const media: FileEntry[] = []
    if (existsSync(mediaDir)) {
      for (const name of (await readdir(mediaDir)).sort()) {
        const full = path.join(mediaDir, name)
        const info = await stat(full)
        if (info.isFile()) media.push({ name, bytes: info.size, sha256: await sha256File(full) })
      }
    }
    const manifest: Manifest = {
      format: 'press-office-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      postgres,
      migrations,
      tables,
      media,
    }
    await writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const mediaEntries = media.map((m) => path.join('media', m.name))
    if (media.length) {
      await mkdir(path.join(work, 'media'))
      // Linked, not copied: the archive reads the files where they are.
      for (const m of media)
        await import('node:fs/promises').then((fs) =>
          fs.symlink(path.join(mediaDir, m.name), path.join(work, 'media', m.name)),
        )
    }
    await tar.create({ gzip: true, file: outFile, cwd: work, follow: true, portable: true }, [
      'manifest.json',
      'db',
      ...mediaEntries,
    ])
    const rows = tables.reduce((sum, t) => sum + t.rows, 0)
    await auditOperatorAction(client, 'backup.made', outFile, `${rows} rows, ${media.length} files`)
    return manifest
  } finally {
    await client.end().catch(() => undefined)
    await rm(work, { recursive: true, force: true })
  }
}
