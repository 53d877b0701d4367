// `npm run jobs`: a worker that runs queued background jobs (enquiry emails, scheduled publishing) outside the web
// server. Start one or more beside servers that have JOBS_AUTORUN=false; each job is claimed by one worker.
import { setTimeout as sleep } from 'node:timers/promises'
import { ensureDatabase, loadEnvFiles, shutDown } from './lib/environment'

const IDLE_POLL_MS = 5_000

loadEnvFiles(process.env.NODE_ENV !== 'production')
const db = await ensureDatabase({ ownSignals: true })
// Migrations yes (under the shared lock), but creating the first admin and demo content is the server's business.
process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

const stopping = new AbortController()
const stop = () => stopping.abort()
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
payload.logger.info('Jobs worker started: running queued jobs until stopped.')

while (!stopping.signal.aborted) {
  let busy = false
  try {
    const result = await payload.jobs.run({ queue: 'default', limit: 10 })
    busy = Object.keys(result.jobStatus ?? {}).length > 0
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Jobs worker: could not run the queue; trying again shortly' })
  }
  // A full batch may have more behind it; an empty one means wait before asking the database again.
  if (!busy) await sleep(IDLE_POLL_MS, undefined, { signal: stopping.signal }).catch(() => {})
}

payload.logger.info('Jobs worker stopping.')
await shutDown(payload, db)
process.exit(0)
