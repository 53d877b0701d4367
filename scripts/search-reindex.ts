// `npm run search:reindex` rebuilds the search indexes from every release and expert, e.g. after renaming a topic or
// restoring a backup made before search existed. Safe while the app runs.
import { shutDown, startScript } from './lib/environment'

const { payload, db } = await startScript()
const { reindexAll } = await import('../lib/search/index-release')
const { reindexExperts } = await import('../lib/experts/index-expert')
let code = 0
try {
  console.log(`Search index rebuilt: ${await reindexAll(payload)} releases, ${await reindexExperts(payload)} experts`)
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
