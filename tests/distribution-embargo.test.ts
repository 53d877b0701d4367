import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pool } from '../lib/db/pool'
import { openRecipientLink } from '../lib/distribution/open-link'
import { recipientToken } from '../lib/distribution/tokens'
import type { Release, User } from '../payload-types'
import { body, rareWord } from './support/discovery'
import { makeContacts, makeDistribution, recipientsOf, runDistributionJobs, send } from './support/distribution'
import { makeRelease, makeUser, unique } from './support/factories'
import { part, payloadSendingTo, smtpServer } from './support/smtp'

const smtp = smtpServer()
let payload: Payload
let editor: User
let POST: (request: Request) => Promise<Response>

beforeAll(async () => {
  payload = await payloadSendingTo(smtp)
  editor = await makeUser(payload, 'editor')
  POST = (await import('../app/(site)/mail/unsubscribe/route')).POST
})
afterAll(() => smtp.stop())

const to = (email: string) => smtp.received.filter((m) => m.to.includes(email))
const PERSON = (name: string) =>
  ({ 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0', accept: 'text/html', 'accept-language': 'en-GB' })[
    name
  ]
const oneClick = (token: string) =>
  POST(
    new Request(`http://localhost/mail/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    }),
  )

describe('a distribution under embargo', () => {
  it('never carries the public address or the full text, and its link lifts with the embargo', async () => {
    const secret = rareWord()
    const slug = unique('kelp-under-embargo')
    const release = await makeRelease(payload, {
      slug,
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
      body: body(`The full text says ${secret}.`) as Release['body'],
    })
    const [c] = await makeContacts(payload, 1)
    const d = await makeDistribution(payload, { release: release.id, contacts: [c.id] })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload)
    const [message] = to(c.email)
    for (const text of [message.raw, part(message, 'text/plain'), part(message, 'text/html')]) {
      expect(text).not.toContain(slug)
      expect(text).not.toContain(secret)
    }
    expect(message.headers).toMatch(/^Subject: EMBARGOED/im)
    expect(part(message, 'text/plain')).toMatch(/EMBARGOED UNTIL/)
    const token = part(message, 'text/plain').match(/\/mail\/open\/([\w.-]+)/)![1]
    // Before the lift: to the recipient's own preview link, which names them.
    const before = await openRecipientLink(payload, token, PERSON)
    expect(before.kind).toBe('preview')
    const [row] = await recipientsOf(payload, d.id)
    const link = await payload.findByID({ collection: 'preview-links', id: row.preview_link_id, overrideAccess: true })
    expect(link.recipient).toContain(c.name)
    expect(row.first_clicked_at).toBeNull()
    // The embargo lifts: the same link reaches the public page, and a person following it is counted.
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
    })
    expect(await openRecipientLink(payload, token, PERSON)).toEqual({ kind: 'public', path: `/news/${slug}` })
    expect((await recipientsOf(payload, d.id))[0].first_clicked_at).not.toBeNull()
  })

  it('refuses a release with no approved version, and a time already past', async () => {
    const draft = await makeRelease(payload, {}, true)
    const [c] = await makeContacts(payload, 1)
    const d = await makeDistribution(payload, { release: draft.id, contacts: [c.id] })
    await expect(send(payload, d.id, editor)).rejects.toThrow(/approved/)
    const live = await makeRelease(payload)
    const past = await makeDistribution(payload, {
      release: live.id,
      contacts: [c.id],
      timing: 'at',
      sendAt: new Date(Date.now() - 3_600_000).toISOString(),
    })
    await expect(send(payload, past.id, editor)).rejects.toThrow(/passed/)
  })
})

describe('unsubscribing from distribution emails', () => {
  it('takes one click, is recorded at once, and is honoured by every later send', async () => {
    const release = await makeRelease(payload)
    const [jo, sam] = await makeContacts(payload, 2)
    const d = await makeDistribution(payload, { release: release.id, contacts: [jo.id, sam.id] })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload)
    const [joRow, samRow] = await recipientsOf(payload, d.id)
    // Forged, another purpose's, or another recipient's signature: nobody is unsubscribed.
    const forged = `${joRow.id}.${recipientToken('unsubscribe', samRow.id).split('.')[1]}`
    for (const bad of [forged, recipientToken('open', joRow.id), `${joRow.id}.x`, 'nonsense']) {
      expect((await oneClick(bad)).status, bad).toBe(400)
    }
    // A body built to be huge is refused after a few kilobytes, whatever its token, and changes nobody.
    const huge = await POST(
      new Request(`http://localhost/mail/unsubscribe?token=${recipientToken('unsubscribe', joRow.id)}`, {
        method: 'POST',
        body: `List-Unsubscribe=One-Click&${'x'.repeat(200_000)}`,
      }),
    )
    expect(huge.status).toBe(413)
    const untouched = await payload.findByID({ collection: 'media-contacts', id: jo.id, overrideAccess: true })
    expect(untouched.status).toBe('active')
    const res = await oneClick(recipientToken('unsubscribe', joRow.id))
    expect(res.status).toBe(200)
    const stopped = await payload.findByID({ collection: 'media-contacts', id: jo.id, overrideAccess: true })
    expect(stopped.status).toBe('unsubscribed')
    expect((await recipientsOf(payload, d.id))[0].unsubscribed_at).not.toBeNull()
    expect((await payload.findByID({ collection: 'media-contacts', id: sam.id, overrideAccess: true })).status).toBe(
      'active',
    )
    const later = await makeDistribution(payload, { release: release.id, contacts: [jo.id, sam.id] })
    await send(payload, later.id, editor)
    await runDistributionJobs(payload)
    expect(to(jo.email)).toHaveLength(1)
    expect(to(sam.email)).toHaveLength(2)
  })

  it('skips a contact who unsubscribed between Send and their email', async () => {
    const release = await makeRelease(payload)
    const [c] = await makeContacts(payload, 1)
    const d = await makeDistribution(payload, { release: release.id, contacts: [c.id] })
    await send(payload, d.id, editor)
    await runDistributionJobs(payload, 1)
    await pool(payload).query(`UPDATE media_contacts SET status = 'unsubscribed' WHERE id = $1`, [c.id])
    await runDistributionJobs(payload)
    expect(to(c.email)).toHaveLength(0)
    expect((await recipientsOf(payload, d.id))[0].status).toBe('skipped')
  })
})
