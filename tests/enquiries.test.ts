import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { FILL_TOKEN } from '../lib/enquiries/fields'
import { issueFillToken } from '../lib/enquiries/fill-token'
import { londonToUtc } from '../lib/enquiries/london-time'
import { submitEnquiry, type SubmitResult } from '../lib/enquiries/submit'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeRelease, makeUser } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

function sent(result: SubmitResult) {
  if (result.kind !== 'sent') throw new Error(`expected the enquiry to be sent, got ${JSON.stringify(result)}`)
  return result
}

describe('media enquiry form', () => {
  it('saves a valid enquiry with a yearly reference and queues one job per email', async () => {
    const result = sent(await submitEnquiry(payload, enquiryForm(), submitOptions()))
    expect(result.reference).toMatch(new RegExp(`^ENQ-${new Date().getFullYear()}-\\d{5}$`))
    expect(result.jobs).toHaveLength(2)
    const enquiry = await payload.findByID({ collection: 'enquiries', id: result.id, overrideAccess: true })
    expect(enquiry).toMatchObject({ status: 'new', name: 'Jo Bloggs', outlet: 'The Harrowmere Post' })
    expect(enquiry.notification?.status).toBe('pending')
    expect(enquiry.acknowledgement?.status).toBe('pending')
  })

  it('never gives two enquiries the same reference, even when they arrive together', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submitEnquiry(payload, enquiryForm(), submitOptions())),
    )
    const references = results.map((r) => sent(r).reference)
    expect(new Set(references).size).toBe(8)
  })

  it('explains each mistake beside its field and keeps what was typed', async () => {
    const form = enquiryForm({
      name: '  ',
      email: 'not-an-email',
      phone: 'call me',
      message: 'x'.repeat(5001),
      deadlineTime: '',
    })
    const result = await submitEnquiry(payload, form, submitOptions())
    expect(result.kind).toBe('invalid')
    if (result.kind !== 'invalid') return
    expect(result.errors).toEqual({
      name: 'Enter your name',
      email: 'Enter an email address in the correct format, like name@example.com',
      phone: 'Enter a phone number with digits, spaces and an optional leading +',
      message: 'Your enquiry must be 5000 characters or fewer',
      deadline: 'Enter the time of your deadline, for example 14:30',
    })
    expect(result.values.email).toBe('not-an-email')
    expect(result.values.outlet).toBe('The Harrowmere Post')
    expect(result.values.subject).toBe(form.fields.subject)
  })

  it('refuses a deadline in the past and one that does not exist', async () => {
    const past = await submitEnquiry(
      payload,
      enquiryForm({ deadlineDate: '2020-01-01', deadlineTime: '09:00' }),
      submitOptions(),
    )
    expect(past.kind === 'invalid' && past.errors.deadline).toBe('Your deadline must be in the future')
    const nonsense = await submitEnquiry(
      payload,
      enquiryForm({ deadlineDate: '2031-02-31', deadlineTime: '09:00' }),
      submitOptions(),
    )
    expect(nonsense.kind === 'invalid' && nonsense.errors.deadline).toBe('Enter a real date and a time such as 14:30')
  })

  it('reads deadlines on a London clock, in summer and in winter', () => {
    expect(londonToUtc('2026-07-01', '09:00')?.toISOString()).toBe('2026-07-01T08:00:00.000Z')
    expect(londonToUtc('2026-12-01', '09:00')?.toISOString()).toBe('2026-12-01T09:00:00.000Z')
    expect(londonToUtc('2026-03-29', '03:30')?.toISOString()).toBe('2026-03-29T02:30:00.000Z')
  })

  it('quietly drops a form whose honeypot was filled in', async () => {
    const form = enquiryForm({ website: 'https://spam.example' })
    expect((await submitEnquiry(payload, form, submitOptions())).kind).toBe('discarded')
    const { totalDocs } = await payload.count({
      collection: 'enquiries',
      where: { subject: { equals: form.fields.subject } },
    })
    expect(totalDocs).toBe(0)
  })

  it('asks a form sent too quickly to be sent again, and accepts it then', async () => {
    const start = new Date()
    const form = enquiryForm({ [FILL_TOKEN]: issueFillToken(start) })
    const early = await submitEnquiry(payload, form, submitOptions({ now: new Date(start.getTime() + 1000) }))
    expect(early.kind).toBe('invalid')
    if (early.kind !== 'invalid') return
    expect(early.formError).toMatch(/quicker than we expected/)
    expect(early.token).toBe(form.fields[FILL_TOKEN])
    const later = await submitEnquiry(payload, form, submitOptions({ now: new Date(start.getTime() + 4000) }))
    expect(later.kind).toBe('sent')
  })

  it('does not accept a forged or missing start time', async () => {
    const stamp = String(Date.now() - 3_600_000)
    for (const token of [`${stamp}.forged`, '']) {
      const result = await submitEnquiry(payload, enquiryForm({ [FILL_TOKEN]: token }), submitOptions())
      expect(result.kind).toBe('invalid')
      if (result.kind === 'invalid') expect(result.token).not.toBe(token)
    }
  })

  it('limits each address to a few enquiries per window, across the whole database', async () => {
    const options = submitOptions({ rateLimit: { limit: 2, windowMinutes: 10 } })
    const now = Date.now()
    for (let i = 0; i < 2; i++) expect((await submitEnquiry(payload, enquiryForm(), options)).kind).toBe('sent')
    const third = await submitEnquiry(payload, enquiryForm(), { ...options, now: new Date(now + 60_000) })
    expect(third).toEqual({ kind: 'rate-limited', retryAfterMinutes: expect.any(Number) })
    expect(third.kind === 'rate-limited' && third.retryAfterMinutes).toBeLessThanOrEqual(10)
    const elsewhere = await submitEnquiry(payload, enquiryForm(), { ...options, ip: '198.51.100.77' })
    expect(elsewhere.kind).toBe('sent')
    const nextWindow = await submitEnquiry(payload, enquiryForm(), { ...options, now: new Date(now + 11 * 60_000) })
    expect(nextWindow.kind).toBe('sent')
  })

  it('links a public release named in the form, and ignores one that is not public', async () => {
    const release = await makeRelease(payload)
    const linked = sent(await submitEnquiry(payload, enquiryForm({ release: release.slug! }), submitOptions()))
    const draft = await makeRelease(payload, {}, true)
    const hidden = sent(await submitEnquiry(payload, enquiryForm({ release: draft.slug! }), submitOptions()))
    const read = (id: number) => payload.findByID({ collection: 'enquiries', id, depth: 0, overrideAccess: true })
    expect((await read(linked.id)).release).toBe(release.id)
    expect((await read(hidden.id)).release).toBeFalsy()
  })

  it('stores markup exactly as typed, as text', async () => {
    const message = '<script>alert("x")</script><b>bold</b> & <img src=x onerror=alert(1)>'
    const result = sent(await submitEnquiry(payload, enquiryForm({ message }), submitOptions()))
    const enquiry = await payload.findByID({ collection: 'enquiries', id: result.id, overrideAccess: true })
    expect(enquiry.message).toBe(message)
  })
})

describe('enquiries access', () => {
  it('cannot be created through the API, only by the form', async () => {
    const admin = await makeUser(payload, 'admin')
    const data = {
      name: 'A',
      outlet: 'B',
      email: 'a@example.com',
      subject: 'S',
      message: 'M',
      deadline: new Date().toISOString(),
      status: 'new' as const,
    }
    await expect(payload.create({ collection: 'enquiries', overrideAccess: false, user: admin, data })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(payload.create({ collection: 'enquiries', overrideAccess: false, data })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('moves to "assigned" when a new enquiry is given an owner', async () => {
    const { id } = sent(await submitEnquiry(payload, enquiryForm(), submitOptions()))
    const editor = await makeUser(payload, 'editor')
    const updated = await payload.update({
      collection: 'enquiries',
      id,
      overrideAccess: false,
      user: editor,
      data: { assignee: editor.id },
    })
    expect(updated.status).toBe('assigned')
    const answered = await payload.update({
      collection: 'enquiries',
      id,
      overrideAccess: false,
      user: editor,
      data: { status: 'answered' },
    })
    expect(answered.status).toBe('answered')
  })

  it('is read and updated by the press office (editors) only, and deleted by admins only', async () => {
    const { id } = sent(await submitEnquiry(payload, enquiryForm(), submitOptions()))
    await expect(payload.find({ collection: 'enquiries', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    const contributor = await makeUser(payload, 'contributor')
    // A journalist's name, number and message are personal data: not for every contributor in the organisation.
    await expect(payload.find({ collection: 'enquiries', overrideAccess: false, user: contributor })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(
      payload.update({
        collection: 'enquiries',
        id,
        overrideAccess: false,
        user: contributor,
        data: { status: 'closed' },
      }),
    ).rejects.toThrow(/not allowed/i)
    const editor = await makeUser(payload, 'editor')
    const updated = await payload.update({
      collection: 'enquiries',
      id,
      overrideAccess: false,
      user: editor,
      data: { status: 'assigned', assignee: editor.id, reference: 'ENQ-0000-00000', notification: { status: 'sent' } },
    })
    expect(updated.status).toBe('assigned')
    expect(updated.reference).not.toBe('ENQ-0000-00000')
    expect(updated.notification?.status).toBe('pending')
    await expect(
      payload.delete({ collection: 'enquiries', id, overrideAccess: false, user: contributor }),
    ).rejects.toThrow(/not allowed/i)
    const admin = await makeUser(payload, 'admin')
    await payload.delete({ collection: 'enquiries', id, overrideAccess: false, user: admin })
  })
})

describe('enquiry emails without an SMTP server', () => {
  it('writes them to the log and says so, rather than that they were sent', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      data: { organisationName: 'Harrowmere University', pressEmail: 'press@example.test' },
      context: { disableRevalidate: true },
    })
    const { id, jobs } = sent(await submitEnquiry(payload, enquiryForm(), submitOptions()))
    for (const job of jobs) await payload.jobs.runByID({ id: job, silent: true })
    const enquiry = await payload.findByID({ collection: 'enquiries', id, overrideAccess: true })
    expect(enquiry.notification?.status).toBe('logged')
    expect(enquiry.acknowledgement?.status).toBe('logged')
    expect(enquiry.acknowledgement?.lastError).toMatch(/No mail server is configured/)
    // Done, not failed: the job is not retried, and the desk is not told of a failure.
    expect(enquiry.acknowledgement?.sentAt).toBeTruthy()
  })
})
