// `npm run jobs`: a worker that runs queued background jobs (enquiry emails, alerts, scheduled publishing, going
// public) outside the web server. Start one or more beside servers that have JOBS_AUTORUN=false; each job is claimed
// by one worker. On SIGTERM or SIGINT the batch in hand finishes, then the worker stops.
import { shutDown, startScript } from './lib/environment'

// The worker stops in its own order (the running batch, then connections, then PostgreSQL): it owns the signals.
const { payload, db } = await startScript({ ownSignals: true })
const { startJobRunner } = await import('../lib/jobs/runner')
const { startPublicationClock } = await import('../lib/publication/clock')

payload.logger.info('Jobs worker started: running queued jobs until stopped.')
// A worker catches up on embargoes that lifted while nothing ran, and keeps watching, like a server.
const stopClock = startPublicationClock(payload)
const runner = startJobRunner(payload)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  payload.logger.info('Jobs worker stopping: finishing the jobs in hand.')
  stopClock()
  await runner.stop()
  await shutDown(payload, db)
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
