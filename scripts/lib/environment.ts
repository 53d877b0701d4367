import nextEnv from '@next/env'
import type { Payload } from 'payload'
import { startEmbeddedPostgres, type RunningDatabase } from '../../lib/db/embedded'
import { pool } from '../../lib/db/pool'
import { parseEnv } from '../../lib/env'
import { dataDir } from '../../lib/paths'
import { localSecret } from '../../lib/security/local-secret'

/** Loads .env files the way Next does, so scripts and the server read the same configuration. */
export function loadEnvFiles(dev: boolean): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error })
}

/**
 * Makes DATABASE_URL and PAYLOAD_SECRET point somewhere real: the configured server, or the embedded one under
 * DATA_DIR (started here, or joined if another process of this checkout already runs it). A one-shot script
 * interrupted by Ctrl-C or SIGTERM stops the embedded server it started; long-running processes pass
 * `ownSignals` and stop it themselves once their work is done.
 */
export async function ensureDatabase({ ownSignals = false, detach = false } = {}): Promise<
  RunningDatabase & { embedded: boolean }
> {
  const env = parseEnv()
  if (env.DATABASE_URL) {
    console.log(`[press-office] Database: ${redact(env.DATABASE_URL)} (from DATABASE_URL)`)
    return { url: env.DATABASE_URL, stop: async () => {}, embedded: false }
  }
  // Before DATABASE_URL is set below: from then until the secret is set too, a production environment is invalid.
  const dir = dataDir()
  const db = await startEmbeddedPostgres({ dataDir: dir, log: console.error, detach })
  if (!ownSignals) {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => void db.stop().finally(() => process.exit(code)))
    }
  }
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET ||= localSecret(dir)
  console.log(`[press-office] Database: embedded PostgreSQL in ${env.DATA_DIR}/postgres at ${redact(db.url)}`)
  return { ...db, embedded: true }
}

export const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

/**
 * Stops a script's Payload and database. Payload's destroy leaves its pool open, with one client it never releases
 * (so the pool cannot be ended); when the embedded PostgreSQL stops, those connections are cut, which is expected
 * here and must not surface as an unhandled error that turns a clean exit into a crash.
 */
export async function shutDown(payload: Payload, db: RunningDatabase): Promise<void> {
  const connections = pool(payload)
  await payload.destroy()
  connections.on('error', () => undefined)
  await db.stop()
}

/**
 * What every script but the server starts with: configuration, a database, and Payload, which applies pending
 * migrations (under the shared lock) but leaves the first admin and demo content to the server.
 */
export async function startScript({ ownSignals = false } = {}): Promise<{ payload: Payload; db: RunningDatabase }> {
  loadEnvFiles(process.env.NODE_ENV !== 'production')
  const db = await ensureDatabase({ ownSignals })
  process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return { payload: await getPayload({ config }), db }
}
