// `npm run search:reindex` rebuilds the search index from every release, e.g. after renaming a topic or restoring
// a backup made before search existed. Safe while the app runs.
import { ensureDatabase, loadEnvFiles, shutDown } from './lib/environment'

loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase()
process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { reindexAll } = await import('../lib/search/index-release')
const payload = await getPayload({ config })
let code = 0
try {
  console.log(`Search index rebuilt: ${await reindexAll(payload)} releases`)
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
