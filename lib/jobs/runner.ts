import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { releaseStaleJobs } from '../db/jobs'

export type JobRunner = { stop: () => Promise<void> }

/**
 * Runs queued jobs in this process until stopped: a batch, then another at once if the batch was full, else a pause.
 * `stop()` lets the batch in hand finish (nothing is cut off half-sent) and resolves once it has, which is what a
 * server or worker waits for on SIGTERM before closing its database connections. Jobs a dead process left marked as
 * running are handed back first.
 */
export function startJobRunner(payload: Payload, { idleMs = 5000, limit = 10 } = {}): JobRunner {
  const stopping = new AbortController()
  const loop = async () => {
    const released = await releaseStaleJobs(payload).catch(() => 0)
    if (released) payload.logger.warn(`Handed ${released} job(s) left running by a stopped process back to the queue`)
    while (!stopping.signal.aborted) {
      let busy = false
      try {
        const result = await payload.jobs.run({ queue: 'default', limit })
        busy = Object.keys(result.jobStatus ?? {}).length >= limit
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Could not run the job queue; trying again shortly' })
      }
      if (!busy) await sleep(idleMs, undefined, { signal: stopping.signal }).catch(() => undefined)
    }
  }
  const done = loop()
  return {
    stop: async () => {
      stopping.abort()
      await done
    },
  }
}
