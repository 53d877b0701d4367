import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../migrations'
import { testPayload } from './support/payload'

let payload: Payload
const db = () => payload.db as unknown as PostgresAdapter

beforeAll(async () => {
  payload = await testPayload()
})

describe('schema by migrations', () => {
  it('applies every committed migration to an empty database', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
    const { rows } = await db().drizzle.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    )
    const tables = rows.map((r) => r.table_name)
    for (const table of ['releases', '_releases_v', 'contacts', 'topics', 'media', 'users', 'site_settings']) {
      expect(tables).toContain(table)
    }
  })

  it('has a migration for every change in the Payload config', async () => {
    const dir = path.resolve('migrations')
    const latest = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no migration snapshot committed').toBeTruthy()
    const { generateDrizzleJson, generateMigration } = db().requireDrizzleKit()
    const committed = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8'))
    const current = await generateDrizzleJson(db().schema)
    const pending = await generateMigration(committed, current)
    expect(pending, 'the config changed: run `npm run migrate:create <name>` and commit it').toEqual([])
  })

  it('runs again without doing anything (idempotent start)', async () => {
    const before = await payload.count({ collection: 'payload-migrations' })
    const { migrateWithLock } = await import('../lib/boot/migrate')
    await migrateWithLock(payload)
    expect((await payload.count({ collection: 'payload-migrations' })).totalDocs).toBe(before.totalDocs)
  })
})
