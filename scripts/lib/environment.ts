import nextEnv from '@next/env'
import { startEmbeddedPostgres, type RunningDatabase } from '../../lib/db/embedded'
import { parseEnv } from '../../lib/env'
import { dataDir } from '../../lib/paths'
import { localSecret } from '../../lib/secret'

/** Loads .env files the way Next does, so scripts and the server read the same configuration. */
export function loadEnvFiles(dev: boolean): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error })
}

/**
 * Makes DATABASE_URL and PAYLOAD_SECRET point somewhere real: the configured server, or the embedded one under
 * DATA_DIR (started here, or joined if another process of this checkout already runs it).
 */
export async function ensureDatabase(): Promise<RunningDatabase & { embedded: boolean }> {
  const env = parseEnv()
  if (env.DATABASE_URL) {
    console.log(`[press-office] Database: ${redact(env.DATABASE_URL)} (from DATABASE_URL)`)
    return { url: env.DATABASE_URL, stop: async () => {}, embedded: false }
  }
  const db = await startEmbeddedPostgres({ dataDir: dataDir(), log: console.error })
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET ||= localSecret(dataDir())
  console.log(`[press-office] Database: embedded PostgreSQL in ${env.DATA_DIR}/postgres at ${redact(db.url)}`)
  return { ...db, embedded: true }
}

export const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
