// `npm run restore <archive>`: brings a backup made by `npm run backup` into an empty database (DATABASE_URL, or a
// fresh embedded one) and an empty media folder, checking every checksum on the way.
import { ensureDatabaseExists } from '../lib/db/create-database'
import { pool } from '../lib/db/pool'
import { restore, RestoreRefused } from '../lib/ops/restore'
import { mediaDir } from '../lib/paths'
import { ensureDatabase, loadEnvFiles } from './lib/environment'

const archive = process.argv[2]
if (!archive) {
  console.error('Usage: npm run restore <backup.tar.gz>')
  process.exit(1)
}
loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase()
let code = 0
try {
  // A fresh embedded cluster (or a new server) has no newsroom database yet: an empty one is what a restore wants.
  await ensureDatabaseExists(db.url)
  // The schema is made by this version's migrations, run by Payload as it starts (under the usual lock).
  const migrate = async () => {
    process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config })
    const connections = pool(payload)
    const { rows } = await connections.query<{ name: string }>('SELECT name FROM payload_migrations')
    await payload.destroy()
    // Payload's destroy leaves its pool's connections open; they are cut when the embedded server stops.
    connections.on('error', () => undefined)
    return rows.map((r) => r.name)
  }
  const manifest = await restore(archive, db.url, mediaDir(), migrate)
  console.log(
    `Restored the backup of ${manifest.createdAt}: ` +
      `${manifest.tables.length} tables, ${manifest.media.length} media files.`,
  )
  console.log('Run `npm run search:reindex` if the search index should be rebuilt; start the app as usual.')
} catch (error) {
  console.error(error instanceof RestoreRefused ? `Not restored: ${error.message}` : error)
  code = 1
} finally {
  await db.stop()
}
process.exit(code)
