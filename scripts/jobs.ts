// `npm run jobs`: a worker that runs queued background jobs (enquiry emails, scheduled publishing) outside the web
// server. Start one or more beside servers that have JOBS_AUTORUN=false; each job is claimed by one worker.
import { setTimeout as sleep } from 'node:timers/promises'
import { shutDown, startScript } from './lib/environment'

const IDLE_POLL_MS = 5_000

// The worker stops in its own order (the running batch, then connections, then PostgreSQL): it owns the signals.
const { payload, db } = await startScript({ ownSignals: true })

const stopping = new AbortController()
const stop = () => stopping.abort()
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
payload.logger.info('Jobs worker started: running queued jobs until stopped.')
// A worker catches up on embargoes that lifted while nothing ran, and keeps watching, like a server.
const { startPublicationClock } = await import('../lib/publication/clock')
const stopClock = startPublicationClock(payload)

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
stopClock()
await shutDown(payload, db)
process.exit(0)
