import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { FILL_TOKEN } from '../../lib/enquiries/fields'
import { checkFillToken, issueFillToken } from '../../lib/enquiries/fill-token'
import { submitEnquiry } from '../../lib/enquiries/submit'
import { mailboxKey } from '../../lib/text/mailbox'
import { enquiryForm, submitOptions } from '../support/enquiry-form'
import { unique } from '../support/factories'
import { testPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('the media enquiry form', () => {
  it('accepts each form once: the same token posted again is refused, from any address', async () => {
    const form = enquiryForm()
    const first = await submitEnquiry(payload, form, submitOptions())
    expect(first.kind).toBe('sent')
    const replays = await Promise.all([1, 2, 3].map(() => submitEnquiry(payload, form, submitOptions())))
    for (const replay of replays) {
      expect(replay.kind).toBe('invalid')
      if (replay.kind === 'invalid') {
        expect(replay.formError).toMatch(/already been sent/)
        expect(replay.token).not.toBe(form.fields[FILL_TOKEN])
      }
    }
    const { totalDocs } = await payload.count({
      collection: 'enquiries',
      where: { subject: { equals: form.fields.subject } },
    })
    expect(totalDocs).toBe(1)
  })

  it('lets two copies of one form race, and saves just one', async () => {
    const form = enquiryForm()
    const results = await Promise.all([
      submitEnquiry(payload, form, submitOptions()),
      submitEnquiry(payload, form, submitOptions()),
    ])
    expect(results.map((r) => r.kind).sort()).toEqual(['invalid', 'sent'])
  })

  it('expires a form left open for more than a day', () => {
    const issued = new Date(Date.now() - 25 * 3600_000)
    expect(checkFillToken(issueFillToken(issued), 3)).toBe('expired')
    expect(checkFillToken(issueFillToken(new Date(Date.now() - 23 * 3600_000)), 3)).toBe('ok')
  })

  it('sends one inbox at most three acknowledgements a day, however its address is spelled, and takes every enquiry', async () => {
    const name = unique('victim.name')
    // One Gmail inbox, five spellings: case, a +tag, dots Gmail ignores, googlemail.com.
    const spellings = [
      `${name}@gmail.com`,
      `${name.toUpperCase()}@Gmail.com`,
      `${name}+press1@gmail.com`,
      `${name.replace('.', '')}@gmail.com`,
      `${name}+x@googlemail.com`,
    ]
    const results = []
    for (const email of spellings) results.push(await submitEnquiry(payload, enquiryForm({ email }), submitOptions()))
    expect(results.map((r) => r.kind)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent'])
    expect(mailboxKey(spellings[4])).toBe(mailboxKey(spellings[0]))
    // Dots matter at other providers: another inbox there.
    expect(mailboxKey('jo.bloggs@example.org')).not.toBe(mailboxKey('jobloggs@example.org'))
    const { docs } = await payload.find({
      collection: 'enquiries',
      where: { id: { in: results.map((r) => (r.kind === 'sent' ? r.id : 0)) } },
      sort: 'createdAt',
      overrideAccess: true,
      limit: 10,
    })
    expect(docs.map((d) => d.acknowledgement?.status)).toEqual(['pending', 'pending', 'pending', 'skipped', 'skipped'])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { 'input.enquiry': { in: docs.map((d) => d.id) } },
      limit: 50,
    })
    const kinds = jobs.docs.map((j) => (j.input as { kind: string }).kind)
    expect(kinds.filter((k) => k === 'acknowledgement')).toHaveLength(3)
    expect(kinds.filter((k) => k === 'notification')).toHaveLength(5)
  })
})
