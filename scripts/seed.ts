// `npm run seed` loads the demo newsroom into an empty database; `npm run seed -- --reset` replaces what is there.
import { ensureDatabase, loadEnvFiles, shutDown } from './lib/environment'

const reset = process.argv.includes('--reset')
loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase()
process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { seed } = await import('../seed')
const payload = await getPayload({ config })
let code = 0
try {
  const { totalDocs } = await payload.count({ collection: 'releases', overrideAccess: true })
  if (totalDocs > 0 && !reset) {
    console.error(`The database already holds ${totalDocs} releases. Run \`npm run seed -- --reset\` to replace them.`)
    code = 1
  } else {
    await seed(payload, { demoAdmin: process.env.NODE_ENV !== 'production', reset })
  }
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
