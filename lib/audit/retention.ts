import type { Payload } from 'payload'
import { pruneAuditRows } from '../db/audit'
import { inTransaction } from '../db/pool'
import { env } from '../env'

const DAY = 86_400_000
const EVERY = 6 * 3_600_000

/** Deletes audit entries older than AUDIT_RETENTION_DAYS (none when it is 0); answers how many went. */
export async function pruneAuditTrail(payload: Payload, now = new Date(), days = env().AUDIT_RETENTION_DAYS) {
  if (!days) return 0
  return inTransaction(payload, (client) => pruneAuditRows(client, new Date(now.getTime() - days * DAY)))
}

/** The retention job: a minute after start, then every six hours, on every server (a second prune finds nothing). */
export function startAuditRetention(payload: Payload): () => void {
  const run = () =>
    pruneAuditTrail(payload)
      .then((count) => count && payload.logger.info(`Audit trail: ${count} entries past retention deleted`))
      .catch((err) => payload.logger.error({ err, msg: 'Audit trail retention failed' }))
  const first = setTimeout(run, 60_000)
  const timer = setInterval(run, EVERY)
  first.unref()
  timer.unref()
  return () => {
    clearTimeout(first)
    clearInterval(timer)
  }
}
