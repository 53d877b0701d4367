import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { pool } from '../lib/db/pool'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

// Every lib/db module names its statements in an exported SQL object. They name columns of tables Payload generates
// (`hero_image_id`, `releases_rels.media_id`), which a renamed field would take away without any type error or
// migration drift: PostgreSQL checks every table and column a statement names when it is prepared, without running it.
const modules = import.meta.glob<{ SQL?: Record<string, string> }>('../lib/db/*.ts', { eager: true })

describe('raw SQL against the migrated schema', () => {
  it('finds the statements of every lib/db module that runs SQL', () => {
    const named = Object.entries(modules)
      .filter(([, m]) => m.SQL)
      .map(([file]) => file.replace('../lib/db/', ''))
    expect(named).toEqual(
      expect.arrayContaining(['public-media.ts', 'media-usage.ts', 'public-releases.ts', 'release-counts.ts']),
    )
  })

  it('names only tables and columns that exist after migrating', async () => {
    const client = await pool(payload).connect()
    try {
      for (const [file, module] of Object.entries(modules)) {
        for (const [name, statement] of Object.entries(module.SQL ?? {})) {
          const id = `check_${name.toLowerCase()}`
          await expect(client.query(`PREPARE ${id} AS ${statement}`), `${file} ${name}`).resolves.toBeDefined()
          await client.query(`DEALLOCATE ${id}`)
        }
      }
    } finally {
      client.release()
    }
  })

  it('would catch a column that is not there', async () => {
    const client = await pool(payload).connect()
    try {
      await expect(client.query('PREPARE check_missing AS SELECT r.hero_picture_id FROM releases r')).rejects.toThrow(
        /does not exist/,
      )
    } finally {
      client.release()
    }
  })
})
