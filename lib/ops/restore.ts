import { createReadStream, existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import * as tar from 'tar'
import { auditOperatorAction } from '../audit/operator'
import { sha256File, tablesOf, type Manifest } from './backup'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export class RestoreRefused extends Error {}

/**
 * Brings a backup into an empty database and an empty media folder. The schema comes from this version's
 * migrations (`migrate`, run by the caller: the same ones the backup lists, or the restore is refused: restore with
 * the version that made it, then upgrade), then every table's rows are loaded as they were, sequences moved past
 * them, and every file and table checked against the manifest's checksums.
 */
export async function restore(
  archive: string,
  databaseUrl: string,
  mediaDir: string,
  migrate: () => Promise<string[]>,
): Promise<Manifest> {
  const work = await mkdtemp(path.join(tmpdir(), 'press-office-restore-'))
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await tar.extract({ file: archive, cwd: work })
    const manifest = JSON.parse(await readFile(path.join(work, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.format !== 'press-office-backup' || manifest.version !== 1)
      throw new RestoreRefused('This is not a Press Office backup.')
    for (const table of manifest.tables) {
      if ((await sha256File(path.join(work, 'db', `${table.name}.copy`))) !== table.sha256)
        throw new RestoreRefused(`The backup is damaged: table ${table.name} does not match its checksum.`)
    }
    for (const file of manifest.media) {
      if ((await sha256File(path.join(work, 'media', file.name))) !== file.sha256)
        throw new RestoreRefused(`The backup is damaged: ${file.name} does not match its checksum.`)
    }
    if (existsSync(mediaDir) && (await readdir(mediaDir)).length)
      throw new RestoreRefused(`The media folder ${mediaDir} is not empty.`)

    await client.connect()
    if ((await tablesOf(client)).length)
      throw new RestoreRefused('The database is not empty: restore into an empty one.')
    const applied = await migrate()
    if (JSON.stringify([...applied].sort()) !== JSON.stringify([...manifest.migrations].sort())) {
      throw new RestoreRefused(
        `This backup was made by a version with other migrations (${manifest.migrations.at(-1)}); ` +
          'restore it with that version, then upgrade.',
      )
    }

    await client.query('BEGIN')
    // Rows go in as they were, in any order: foreign keys are checked by the data's own consistency, not per row.
    await client.query(`SET LOCAL session_replication_role = replica`)
    const tables = manifest.tables.map((t) => t.name)
    await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`)
    for (const name of tables) {
      await pipeline(
        createReadStream(path.join(work, 'db', `${name}.copy`)),
        client.query(copyFrom(`COPY ${quote(name)} FROM STDIN (FORMAT binary)`)),
      )
    }
    // Counters past the highest id restored, so new documents never collide.
    const { rows: serials } = await client.query<{ t: string; c: string; s: string }>(
      `SELECT c.table_name AS t, c.column_name AS c,
         pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS s
       FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval(%'`,
    )
    for (const { t, c, s } of serials) {
      const highest = `(SELECT max(${quote(c)}) FROM ${quote(t)})`
      if (s) await client.query(`SELECT setval($1, greatest(coalesce(${highest}, 0), 1), ${highest} IS NOT NULL)`, [s])
    }
    for (const table of manifest.tables) {
      const rows = Number(
        (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table.name)}`)).rows[0].n,
      )
      if (rows !== table.rows)
        throw new RestoreRefused(`Table ${table.name} has ${rows} rows after loading, not ${table.rows}.`)
    }
    await client.query('COMMIT')

    await mkdir(mediaDir, { recursive: true })
    for (const file of manifest.media)
      await copyFile(path.join(work, 'media', file.name), path.join(mediaDir, file.name))
    await auditOperatorAction(client, 'backup.restored', archive, `made ${manifest.createdAt}`)
    return manifest
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await client.end().catch(() => undefined)
    await rm(work, { recursive: true, force: true })
  }
}
