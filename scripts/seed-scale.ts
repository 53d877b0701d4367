// `npm run seed:scale -- 100000` adds that many public releases, copied from the demo newsroom's, for benchmarks
// (bench/README.md). Loads the demo newsroom first if the database has no releases. Never on a real newsroom.
import { shutDown, startScript } from './lib/environment'

const count = Number(process.argv[2] ?? 100_000)
if (!Number.isSafeInteger(count) || count < 1) {
  console.error('Usage: npm run seed:scale -- <how many releases, e.g. 100000>')
  process.exit(2)
}
const { payload, db } = await startScript()
let code = 0
try {
  if ((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs === 0) {
    const { seed } = await import('../seed')
    await seed(payload)
  }
  const { seedScale } = await import('../lib/ops/seed-scale')
  const started = Date.now()
  await seedScale(payload, count)
  console.log(`Added ${count} public releases in ${((Date.now() - started) / 1000).toFixed(0)} s`)
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
