// `npm run migrate`: applies pending migrations and exits (the server also does this when it starts).
import { ensureDatabase, loadEnvFiles, shutDown } from './lib/environment'

loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase()
process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
// Payload's onInit runs the migrations, under a lock shared with any server starting at the same time.
const payload = await getPayload({ config })
await shutDown(payload, db)
process.exit(0)
