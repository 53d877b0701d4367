import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import { pool } from '../lib/db/pool'
import { submitEnquiry } from '../lib/enquiries/submit'
import type { User } from '../payload-types'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeUser, signedInAs } from './support/factories'
import { smtpServer, payloadSendingTo } from './support/smtp'

const PRESS = 'press.office@example.test'
const smtp = smtpServer()
let payload: Payload
let POST: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let editor: User
let contributor: User

beforeAll(async () => {
  payload = await payloadSendingTo(smtp, 'Harrowmere Press Office <newsroom@example.test>')
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { organisationName: 'Harrowmere University', pressEmail: PRESS },
    context: { disableRevalidate: true },
  })
  const { default: config } = await import('../payload.config')
  const { REST_POST } = await import('@payloadcms/next/routes')
  POST = guardRoute('rest', REST_POST(config), async () => payload)
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})
afterAll(() => smtp.stop())

// Each from an address of its own: the acknowledgement cap counts enquiries per address across the whole suite.
async function submit() {
  const form = enquiryForm()
  const result = await submitEnquiry(payload, form, submitOptions())
  if (result.kind !== 'sent') throw new Error(`not sent: ${JSON.stringify(result)}`)
  const [notification, acknowledgement] = result.jobs
  return { ...result, notification, acknowledgement, email: String(form.get('email')) }
}
const run = (id: number | string) => payload.jobs.runByID({ id, silent: true })
const enquiry = (id: number) => payload.findByID({ collection: 'enquiries', id, depth: 0, overrideAccess: true })

/** "Send again", as the admin button asks for it: POST through the REST API, signed in as `user` if given. */
async function sendAgain(id: number, kind: string, user?: User) {
  const headers = await signedInAs(payload, user)
  const res = await POST(
    new Request(`http://localhost:3000/api/enquiries/${id}/resend/${kind}`, { method: 'POST', headers }),
    {
      params: Promise.resolve({ slug: ['enquiries', String(id), 'resend', kind] }),
    },
  )
  const body = (await res.json()) as { message?: string; errors?: Array<{ message: string }>; delivery?: string }
  return { status: res.status, message: body.message ?? body.errors?.[0]?.message, delivery: body.delivery }
}

describe('sending an enquiry email again by hand', () => {
  it('is for editors only, and sends a failed email through the mail server, once', async () => {
    const sent = await submit()
    smtp.refuse(1)
    await run(sent.notification)
    expect((await enquiry(sent.id)).notification).toMatchObject({ status: 'failed', attempts: 1 })

    expect((await sendAgain(sent.id, 'notification')).status).toBe(401)
    expect((await sendAgain(sent.id, 'notification', contributor)).status).toBe(403)
    expect(smtp.about(sent.reference)).toHaveLength(0)
    expect((await enquiry(sent.id)).notification?.status).toBe('failed')

    expect(await sendAgain(sent.id, 'notification', editor)).toMatchObject({ status: 200, delivery: 'sent' })
    const [toPress, ...more] = smtp.about(sent.reference)
    expect(more).toHaveLength(0)
    expect(toPress.to).toEqual([PRESS])
    const stored = await enquiry(sent.id)
    expect(stored.notification).toMatchObject({ status: 'sent', attempts: 2 })
    expect(stored.notification?.sentAt).toBeTruthy()

    // Sent is sent: neither the button nor the queue's retry sends it twice.
    const again = await sendAgain(sent.id, 'notification', editor)
    expect(again).toMatchObject({ status: 409, delivery: 'sent' })
    expect(again.message).toMatch(/sent already/)
    await run(sent.notification)
    expect(smtp.about(sent.reference)).toHaveLength(1)
  })

  it('sends an email that was only written to the log, and leaves a queued one to the queue', async () => {
    const sent = await submit()
    // As when no mail server was set up at the time: written to the log, never sent.
    await pool(payload).query(`UPDATE enquiries SET acknowledgement_status = 'logged' WHERE id = $1`, [sent.id])
    expect(await sendAgain(sent.id, 'acknowledgement', editor)).toMatchObject({ status: 200, delivery: 'sent' })
    const [toJournalist] = smtp.about(sent.reference)
    expect(toJournalist.to).toEqual([sent.email])
    expect((await enquiry(sent.id)).acknowledgement?.status).toBe('sent')

    const queued = await sendAgain(sent.id, 'notification', editor)
    expect(queued).toMatchObject({ status: 409, delivery: 'pending' })
    expect(smtp.about(sent.reference)).toHaveLength(1)
  })

  it('says why when the mail server refuses it again, and records the failure', async () => {
    const sent = await submit()
    smtp.refuse(1)
    await run(sent.notification)
    smtp.refuse(1)
    const refused = await sendAgain(sent.id, 'notification', editor)
    expect(refused).toMatchObject({ status: 502, delivery: 'failed' })
    expect(refused.message).toMatch(/451/)
    expect((await enquiry(sent.id)).notification).toMatchObject({ status: 'failed', attempts: 2 })
    expect((await sendAgain(sent.id, 'reply', editor)).status).toBe(404)
    expect((await sendAgain(2_000_000_000, 'notification', editor)).status).toBe(404)
  })
})
