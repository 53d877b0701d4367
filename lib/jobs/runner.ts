import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload } from 'payload'
import { releaseStaleJobs } from '../db/jobs'
import { LINKS_QUEUE, queueDailyLinkCheck, stopLinkChecks } from '../links/daily'

/** `passes()`: how many times the main queue has been looked at, so a caller can tell one full look has happened. */
export type JobRunner = { stop: () => Promise<void>; passes: () => number }

/**
 * Runs queued jobs in this process until stopped: a batch, then another at once if it ran anything, else a pause.
 * `stop()` lets the batch in hand finish (nothing is cut off half-sent) and resolves once it has, which is what a
 * server or worker waits for on SIGTERM before closing its database connections. Jobs a dead process left marked as
 * running are handed back first. The daily link check runs in a queue and loop of its own, so a slow web site never
 * holds up an email; on stop it ends after the link in hand.
 */
export function startJobRunner(payload: Payload, { idleMs = 5000, limit = 10, linkChecks = true } = {}): JobRunner {
  const stopping = new AbortController()
  let passes = 0
  const loop = async (queue: string, before?: () => Promise<unknown>) => {
    while (!stopping.signal.aborted) {
      let busy = false
      try {
        await before?.()
        const result = await payload.jobs.run({ queue, limit })
        // Any job run may have queued its next step (a distribution's next run of emails): look again at once.
        busy = Object.keys(result.jobStatus ?? {}).length > 0
      } catch (error) {
        payload.logger.error({ err: error, msg: `Could not run the ${queue} job queue; trying again shortly` })
      }
      if (queue === 'default') passes++
      if (!busy) await sleep(idleMs, undefined, { signal: stopping.signal }).catch(() => undefined)
    }
  }
  const start = async () => {
    const released = await releaseStaleJobs(payload).catch(() => 0)
    if (released) payload.logger.warn(`Handed ${released} job(s) left running by a stopped process back to the queue`)
    await Promise.all([loop('default'), linkChecks ? loop(LINKS_QUEUE, () => queueDailyLinkCheck(payload)) : undefined])
  }
  const done = start()
  return {
    passes: () => passes,
    stop: async () => {
      stopping.abort()
      stopLinkChecks()
      await done
    },
  }
}
