import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nextSendSlot } from '../lib/db/distribution-recipients'
import { pool } from '../lib/db/pool'
import { countListMembers } from '../lib/distribution/members'
import { startJobRunner } from '../lib/jobs/runner'
import type { Release, User } from '../payload-types'
import {
  makeContacts,
  makeDistribution,
  makeList,
  recipientsOf,
  runDistributionJobs,
  send,
} from './support/distribution'
import { makeRelease, makeUser, unique } from './support/factories'
import { header, part, payloadSendingTo, smtpServer } from './support/smtp'

const smtp = smtpServer()
let payload: Payload
let editor: User
let release: Release

beforeAll(async () => {
  payload = await payloadSendingTo(smtp, 'Harrowmere Press Office <press@example.test>')
  editor = await makeUser(payload, 'editor')
  release = await makeRelease(payload, { title: unique('Kelp battery') })
})
afterEach(() => {
  delete process.env.DISTRIBUTION_RATE_PER_MINUTE
})
afterAll(() => smtp.stop())

const to = (email: string) => smtp.received.filter((m) => m.to.includes(email))
const status = async (id: number) =>
  (await payload.findByID({ collection: 'distributions', id, depth: 0, overrideAccess: true })).status

describe('media lists', () => {
  it('by beat count only contacts on those beats who still get releases', async () => {
    const beat = await payload.create({ collection: 'topics', overrideAccess: true, data: { name: unique('Marine') } })
    const other = await payload.create({ collection: 'topics', overrideAccess: true, data: { name: unique('Art') } })
    await makeContacts(payload, 3, { beats: [beat.id] })
    await makeContacts(payload, 1, { beats: [beat.id], status: 'unsubscribed' })
    await makeContacts(payload, 2, { beats: [other.id] })
    const list = await makeList(payload, { kind: 'beats', beats: [beat.id] })
    expect(await countListMembers(payload, list)).toBe(3)
    const read = await payload.findByID({ collection: 'media-lists', id: list.id, overrideAccess: true })
    expect(read.members).toBe(3)
  })
})

describe('sending a distribution', () => {
  it('sends each recipient exactly one email across two workers and a restart in the middle', async () => {
    process.env.DISTRIBUTION_RATE_PER_MINUTE = '6000'
    const contacts = await makeContacts(payload, 40)
    const list = await makeList(payload, { kind: 'picked', contacts: contacts.map((c) => c.id) })
    // One contact on the list and named singly as well: still one email.
    const d = await makeDistribution(payload, { release: release.id, lists: [list.id], contacts: [contacts[0].id] })
    smtp.slow(40)
    await send(payload, d.id, editor)
    const first = startJobRunner(payload, { idleMs: 50, linkChecks: false })
    const second = startJobRunner(payload, { idleMs: 50, linkChecks: false })
    const arrived = () => contacts.filter((c) => to(c.email).length).length
    await expect.poll(arrived, { timeout: 30_000, interval: 20 }).toBeGreaterThan(5)
    // A worker restarts mid-distribution; another takes its place.
    await first.stop()
    const third = startJobRunner(payload, { idleMs: 50, linkChecks: false })
    await expect.poll(() => status(d.id), { timeout: 60_000, interval: 100 }).toBe('sent')
    await Promise.all([second.stop(), third.stop()])
    smtp.slow(0)
    for (const c of contacts) expect(to(c.email), c.email).toHaveLength(1)
    const rows = await recipientsOf(payload, d.id)
    expect(rows).toHaveLength(40)
    expect(rows.every((r) => r.status === 'sent')).toBe(true)
  })

  it('does not resend to a recipient a live worker holds, and resends once a dead worker’s claim is stale', async () => {
    const [a, b] = await makeContacts(payload, 2)
    const d = await makeDistribution(payload, { release: release.id, contacts: [a.id, b.id] })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload, 1)
    // The start job listed them; pretend a worker claimed a just now and is still sending.
    await pool(payload).query(
      `UPDATE distribution_recipients SET status = 'sending', claimed_at = now()
        WHERE distribution_id = $1 AND contact_id = $2`,
      [d.id, a.id],
    )
    await runDistributionJobs(payload)
    expect(to(a.email)).toHaveLength(0)
    expect(to(b.email)).toHaveLength(1)
    // That worker died: its claim goes stale and another worker sends the email, once.
    await pool(payload).query(
      `UPDATE distribution_recipients SET claimed_at = now() - interval '1 hour' WHERE distribution_id = $1`,
      [d.id],
    )
    const { deliverDistribution } = await import('../lib/distribution/deliver')
    await deliverDistribution(payload, d.id)
    expect(to(a.email)).toHaveLength(1)
    expect(to(b.email)).toHaveLength(1)
    expect(await status(d.id)).toBe('sent')
  })

  it('paces sends across workers at the configured rate', async () => {
    await pool(payload).query('DELETE FROM mail_pace')
    const waits = await Promise.all(Array.from({ length: 4 }, () => nextSendSlot(payload, 60)))
    // Four senders asking at once get four slots a second apart: 0, 1, 2 and 3 seconds from now.
    const slots = waits.map((w) => Math.round(w / 1000)).sort()
    expect(slots).toEqual([0, 1, 2, 3])
    await pool(payload).query('DELETE FROM mail_pace')
  })

  it('marks a 5xx address as bouncing and never sends to it again; retries a 4xx once it is due', async () => {
    const [gone, busy] = await makeContacts(payload, 2)
    smtp.reject(gone.email)
    const d = await makeDistribution(payload, { release: release.id, contacts: [gone.id, busy.id] })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload, 1)
    smtp.refuse(0)
    // The first message (to gone) bounces; then the server is busy for the next one.
    const { deliverDistribution } = await import('../lib/distribution/deliver')
    await deliverDistribution(payload, d.id, 1)
    smtp.refuse(1)
    await deliverDistribution(payload, d.id, 1)
    let rows = await recipientsOf(payload, d.id)
    expect(rows.map((r) => r.status)).toEqual(['bounced', 'pending'])
    expect(rows[1].retry_at.getTime()).toBeGreaterThan(Date.now())
    const bounced = await payload.findByID({ collection: 'media-contacts', id: gone.id, overrideAccess: true })
    expect(bounced.status).toBe('bouncing')
    expect(bounced.bounceReason).toMatch(/550|mailbox/i)
    // The retry is due: it goes, once.
    await pool(payload).query('UPDATE distribution_recipients SET retry_at = now() WHERE distribution_id = $1', [d.id])
    await deliverDistribution(payload, d.id)
    rows = await recipientsOf(payload, d.id)
    expect(rows.map((r) => r.status)).toEqual(['bounced', 'sent'])
    expect(to(busy.email)).toHaveLength(1)
    expect(await status(d.id)).toBe('sent')
    // A later distribution leaves the bouncing address out.
    const later = await makeDistribution(payload, { release: release.id, contacts: [gone.id, busy.id] })
    await send(payload, later.id, editor)
    await runDistributionJobs(payload)
    expect((await recipientsOf(payload, later.id)).map((r) => r.contact_id)).toEqual([busy.id])
  })

  it('writes text and HTML parts, the contact’s basis, and one-click unsubscribe headers', async () => {
    const [c] = await makeContacts(payload, 1, { lawfulBasis: 'consent', basisDate: '2026-03-02T12:00:00.000Z' })
    const d = await makeDistribution(payload, { release: release.id, contacts: [c.id], note: 'Free for interviews.' })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload)
    const [message] = to(c.email)
    expect(message.raw).toMatch(/Content-Type: text\/plain/i)
    expect(message.raw).toMatch(/Content-Type: text\/html/i)
    expect(message.raw).not.toMatch(/<img/i)
    expect(header(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(header(message, 'List-Unsubscribe')).toMatch(/<https?:\/\/[^>]+\/mail\/unsubscribe\?token=/)
    const text = part(message, 'text/plain')
    expect(text).toContain('Free for interviews.')
    expect(text).toContain('because you asked to on 02/03/2026')
    expect(part(message, 'text/html')).toContain('Stop getting releases')
  })
})
