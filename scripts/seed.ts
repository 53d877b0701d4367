// `npm run seed` loads the demo newsroom into an empty database; `npm run seed -- --reset` replaces what is there.
// It makes no accounts: the demo logins exist only under `npm run dev`.
import { shutDown, startScript } from './lib/environment'

const reset = process.argv.includes('--reset')
const { payload, db } = await startScript()
const { seed } = await import('../seed')
let code = 0
try {
  const { totalDocs } = await payload.count({ collection: 'releases', overrideAccess: true })
  if (totalDocs > 0 && !reset) {
    console.error(`The database already holds ${totalDocs} releases. Run \`npm run seed -- --reset\` to replace them.`)
    code = 1
  } else {
    await seed(payload, { reset })
  }
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
