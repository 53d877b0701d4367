// `npm run migrate`: applies pending migrations and exits (the server also does this when it starts).
import { shutDown, startScript } from './lib/environment'

// Payload's onInit runs the migrations, under a lock shared with any server starting at the same time.
const { payload, db } = await startScript()
await shutDown(payload, db)
process.exit(0)
