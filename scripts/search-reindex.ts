// `npm run search:reindex` rebuilds the search index from every release, e.g. after renaming a topic or restoring
// a backup made before search existed. Safe while the app runs.
import { shutDown, startScript } from './lib/environment'

const { payload, db } = await startScript()
const { reindexAll } = await import('../lib/search/index-release')
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
