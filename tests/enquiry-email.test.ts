import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverEnquiryEmail } from '../lib/enquiries/deliver'
import { submitEnquiry, type SubmitResult } from '../lib/enquiries/submit'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { header, smtpServer, payloadSendingTo } from './support/smtp'

const PRESS = 'press.office@example.test'
const smtp = smtpServer()
let payload: Payload

beforeAll(async () => {
  payload = await payloadSendingTo(smtp, 'Harrowmere Press Office <newsroom@example.test>')
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: { organisationName: 'Harrowmere University', pressEmail: PRESS, outOfHoursPhone: '+44 1632 960999' },
    context: { disableRevalidate: true },
  })
})
afterAll(() => smtp.stop())

async function submit(overrides = {}) {
  const result: SubmitResult = await submitEnquiry(payload, enquiryForm(overrides), submitOptions())
  if (result.kind !== 'sent') throw new Error(`not sent: ${JSON.stringify(result)}`)
  const [notification, acknowledgement] = result.jobs
  return { ...result, notification, acknowledgement }
}
const run = (id: number | string) => payload.jobs.runByID({ id, silent: true })
const enquiry = (id: number) => payload.findByID({ collection: 'enquiries', id, depth: 0, overrideAccess: true })
const job = (id: number | string) => payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })

describe('enquiry emails over SMTP', () => {
  it('tells the press office and acknowledges the journalist, as plain text', async () => {
    const sent = await submit({ email: 'reporter@example.test' })
    await run(sent.notification)
    await run(sent.acknowledgement)
    const [toPress, toJournalist, ...more] = smtp.about(sent.reference)
    expect(more).toHaveLength(0)

    expect(toPress.to).toEqual([PRESS])
    expect(toPress.from).toBe('newsroom@example.test')
    expect(header(toPress, 'subject')).toContain(sent.reference)
    expect(header(toPress, 'reply-to')).toContain('reporter@example.test')
    expect(toPress.body).toContain('Jo Bloggs, The Harrowmere Post')
    expect(toPress.body).toContain('Could someone explain how the battery is charged?')
    expect(toPress.body).toContain(`/admin/collections/enquiries/${sent.id}`)

    expect(toJournalist.to).toEqual(['reporter@example.test'])
    expect(header(toJournalist, 'subject')).toBe(`We have received your enquiry ${sent.reference}`)
    expect(toJournalist.body).toContain('+44 1632 960999')
    expect(toJournalist.body).not.toContain('Could someone explain')

    const stored = await enquiry(sent.id)
    expect(stored.notification).toMatchObject({ status: 'sent', attempts: 1 })
    expect(stored.acknowledgement).toMatchObject({ status: 'sent', attempts: 1 })
    expect(stored.notification?.sentAt).toBeTruthy()
  })

  it('gives the number of whoever is on call, as every page does', async () => {
    const shift = await payload.create({
      collection: 'on-call',
      overrideAccess: true,
      data: {
        phone: '07700 900777',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    })
    try {
      const sent = await submit()
      await run(sent.acknowledgement)
      const [toJournalist] = smtp.about(sent.reference)
      expect(toJournalist.body).toContain('If it is urgent, call 07700 900777.')
      expect(toJournalist.body).not.toContain('+44 1632 960999')
    } finally {
      await payload.delete({ collection: 'on-call', id: shift.id, overrideAccess: true })
    }
  })

  it('sends markup the journalist typed as text, never as HTML', async () => {
    const message = '<script>alert("x")</script> <a href="https://evil.example">click</a>'
    const sent = await submit({ message })
    await run(sent.notification)
    const [toPress] = smtp.about(sent.reference)
    expect(header(toPress, 'content-type')).toMatch(/^text\/plain/)
    expect(toPress.raw).not.toMatch(/text\/html/i)
    expect(toPress.body).toContain(message)
  })

  it('retries after a temporary refusal and delivers exactly once, with the enquiry intact', async () => {
    const sent = await submit()
    const before = await enquiry(sent.id)
    smtp.refuse(1)
    await run(sent.notification)
    expect(smtp.about(sent.reference)).toHaveLength(0)
    const failed = await enquiry(sent.id)
    expect(failed.notification).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.notification?.lastError).toMatch(/451/)
    expect(await job(sent.notification)).toMatchObject({ totalTried: 1, hasError: false, processing: false })

    await run(sent.notification)
    expect(smtp.about(sent.reference)).toHaveLength(1)
    // Running it again, as a second worker or a late retry might, sends nothing more.
    expect(await deliverEnquiryEmail(payload, sent.id, 'notification')).toMatch(/already sent/)
    expect(smtp.about(sent.reference)).toHaveLength(1)

    const after = await enquiry(sent.id)
    expect(after.notification).toMatchObject({ status: 'sent', attempts: 2 })
    const content = (e: typeof after) => ({ ...e, notification: undefined, updatedAt: undefined })
    expect(content(after)).toEqual(content(before))
  })

  it('keeps the enquiry and its queued email while the mail server is down', async () => {
    await smtp.stop()
    try {
      const sent = await submit()
      await run(sent.notification)
      const stored = await enquiry(sent.id)
      expect(stored.subject).toBeTruthy()
      expect(stored.notification?.status).toBe('failed')
      expect(stored.notification?.lastError).toBeTruthy()
      const queued = await job(sent.notification)
      expect(queued).toMatchObject({ totalTried: 1, hasError: false, completedAt: null })
      expect(new Date(queued.waitUntil!).getTime()).toBeGreaterThan(Date.now())

      await smtp.start()
      await run(sent.notification)
      expect(smtp.about(sent.reference)).toHaveLength(1)
      expect((await enquiry(sent.id)).notification?.status).toBe('sent')
    } finally {
      await smtp.start().catch(() => {})
    }
  })
})
