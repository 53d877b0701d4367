// `npm run backup [folder]`: one timestamped archive of the whole newsroom (database, media, manifest) in
// `backups/` or the folder given. Safe while the app runs: the database is read in one consistent snapshot.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { backup } from '../lib/ops/backup'
import { mediaDir } from '../lib/paths'
import { ensureDatabase, loadEnvFiles } from './lib/environment'

loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase()
const folder = path.resolve(process.argv[2] ?? 'backups')
mkdirSync(folder, { recursive: true })
const file = path.join(folder, `press-office-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`)
let code = 0
try {
  const manifest = await backup(db.url, mediaDir(), file)
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
  console.log(
    `Backup written: ${file}\n  ${manifest.tables.length} tables, ${rows} rows, ` +
      `${manifest.media.length} media files, PostgreSQL ${manifest.postgres}`,
  )
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await db.stop()
}
process.exit(code)
