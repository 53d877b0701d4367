import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../lib/db/embedded'

export type TestDatabase = { url: string; dataDir: string; dispose: () => Promise<void> }

/**
 * A database nobody else uses: a fresh embedded cluster in a throwaway folder, or, when DATABASE_URL names a
 * server, a throwaway database on it. Either way it is gone afterwards.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const id = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const dataDir = path.resolve('.data-test', id)
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const db = await startEmbeddedPostgres({ dataDir, database: 'pressoffice_test', persistent: false })
    return {
      url: db.url,
      dataDir,
      dispose: async () => {
        await db.stop()
        await rm(dataDir, { recursive: true, force: true })
      },
    }
  }
  const name = `pressoffice_${id}`.toLowerCase()
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    dataDir,
    dispose: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
