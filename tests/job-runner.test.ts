import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { releaseStaleJobs } from '../lib/db/jobs'
import { pool } from '../lib/db/pool'
import { queueEmail } from '../lib/email/queue-email'
import { startJobRunner } from '../lib/jobs/runner'
import { unique } from './support/factories'
import { smtpServer, payloadSendingTo } from './support/smtp'

const smtp = smtpServer()
let payload: Payload

beforeAll(async () => {
  // Jobs earlier files left queued are cleared by payloadSendingTo: this file is about its own jobs only.
  payload = await payloadSendingTo(smtp)
})
afterAll(() => smtp.stop())

const jobOf = async (to: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { 'input.to': { equals: to } },
      limit: 1,
    })
  ).docs[0]

describe('the job runner on shutdown', () => {
  it('lets the job in hand finish when stopped mid-send (as on SIGTERM), and never runs it again', async () => {
    const to = `${unique('shutdown')}@example.org`
    smtp.slow(1500)
    await queueEmail(payload, { to, subject: 'Sent once', text: 'Even when the server is stopped while sending.' })
    const runner = startJobRunner(payload, { idleMs: 100, linkChecks: false })
    // Jobs other tests left queued may go first: wait for this message itself to be on the wire.
    await expect.poll(() => smtp.arrivalsFor(to), { timeout: 20_000, interval: 50 }).toBe(1)
    // SIGTERM arrives while the mail server is still taking the message.
    await runner.stop()
    smtp.slow(0)
    expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1)
    // Done: Payload removes a job once it has completed (or marks it completed, if kept).
    const job = await jobOf(to)
    expect(!job || Boolean(job.completedAt)).toBe(true)
    // The next process to start runs nothing twice.
    const next = startJobRunner(payload, { idleMs: 100, linkChecks: false })
    await expect.poll(() => next.passes(), { timeout: 20_000, interval: 20 }).toBeGreaterThan(0)
    await next.stop()
    expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1)
  })

  it('hands back a job a killed process left marked as running', async () => {
    const to = `${unique('orphan')}@example.org`
    await queueEmail(payload, { to, subject: 'Orphaned', text: 'Left running by a process that died.' })
    const job = await jobOf(to)
    // As a kill -9 mid-job leaves it: marked as running, long ago.
    await pool(payload).query(
      `UPDATE payload_jobs SET processing = true, updated_at = now() - interval '1 hour' WHERE id = $1`,
      [job.id],
    )
    expect(await releaseStaleJobs(payload)).toBeGreaterThanOrEqual(1)
    const runner = startJobRunner(payload, { idleMs: 100, linkChecks: false })
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(to)).length, { timeout: 30_000 }).toBe(1)
    await runner.stop()
  })
})
