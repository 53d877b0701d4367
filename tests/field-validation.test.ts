import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const quiet = { disableRevalidate: true }
const contact = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'contacts',
    overrideAccess: true,
    context: quiet,
    data: { name: unique('Contact'), email: 'press@example.com', ...data } as never,
  })

// A field with its own check must still be required and bounded: a missing value is a form error, never a 500.
describe('fields with their own checks keep required and length', () => {
  it('asks for a contact phone number rather than failing in the database', async () => {
    await expect(contact({})).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    await expect(contact({ phone: '' })).rejects.toThrow(/Phone/)
  })

  it('still checks the phone format and its length', async () => {
    await expect(contact({ phone: 'call me maybe' })).rejects.toThrow(/Phone/)
    await expect(contact({ phone: '0'.repeat(31) })).rejects.toThrow(/Phone/)
    expect((await contact({ phone: '+44 1632 960123' })).phone).toBe('+44 1632 960123')
  })

  it('bounds the out-of-hours number, which may also stay empty', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        overrideAccess: true,
        context: quiet,
        data: { organisationName: 'Test University', outOfHoursPhone: '1'.repeat(31) },
      }),
    ).rejects.toThrow(/Out Of Hours Phone|outOfHoursPhone/i)
    const settings = await payload.updateGlobal({
      slug: 'site-settings',
      overrideAccess: true,
      context: quiet,
      data: { organisationName: 'Test University', outOfHoursPhone: '' },
    })
    expect(settings.outOfHoursPhone ?? '').toBe('')
  })
})

describe('references to documents that do not exist', () => {
  it('are field errors (400), not database failures, on every kind of reference', async () => {
    for (const data of [
      { related: ['abc'] },
      { heroImage: 999999 },
      { downloads: [999999] },
      { related: [999999] },
      { topics: [999999] },
      { contacts: [999999] },
      { meta: { image: 999999 } },
    ]) {
      await expect(makeRelease(payload, data as never), JSON.stringify(data)).rejects.toMatchObject({
        name: 'ValidationError',
        status: 400,
      })
    }
    await expect(
      payload.create({
        collection: 'preview-links',
        overrideAccess: true,
        data: { release: 999999, recipient: 'Nobody' } as never,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
  })

  it('are refused on a draft save too, where Payload skips field validation', async () => {
    const draft = await makeRelease(payload, {}, true)
    await expect(
      payload.update({
        collection: 'releases',
        id: draft.id,
        draft: true,
        overrideAccess: true,
        context: quiet,
        data: { heroImage: 999999, downloads: [999999] } as never,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        overrideAccess: true,
        context: quiet,
        data: { organisationName: 'Test University', defaultContact: 999999 } as never,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
  })

  it('still accept real ones, and a release still cannot be related to itself', async () => {
    const other = await makeRelease(payload)
    const release = await makeRelease(payload, { related: [other.id] })
    expect(release.related).toHaveLength(1)
    await expect(
      payload.update({
        collection: 'releases',
        id: release.id,
        overrideAccess: true,
        context: quiet,
        data: { related: [release.id] },
      }),
    ).rejects.toThrow(/itself|Related/)
  })
})

describe('ids that cannot name a document', () => {
  it('are not found, through any operation, rather than failing in the database', async () => {
    for (const id of ['abc', '99999999999999999999', '0', '1.5']) {
      await expect(payload.findByID({ collection: 'releases', id, overrideAccess: true }), id).rejects.toMatchObject({
        status: 404,
      })
      await expect(payload.findByID({ collection: 'media', id, overrideAccess: false }), id).rejects.toMatchObject({
        status: 404,
      })
    }
    await expect(
      payload.update({ collection: 'releases', id: 'abc', data: { title: 'x' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(payload.delete({ collection: 'topics', id: 'abc', overrideAccess: true })).rejects.toMatchObject({
      status: 404,
    })
  })
})

describe('values the database cannot store', () => {
  it('are a 400 naming the field, for drafts too, and nothing is saved', async () => {
    const bad: Array<Record<string, unknown>> = [
      { releaseDate: 'soon' },
      { releaseDate: 1e308 },
      { reviewStatus: 'published-by-magic' },
      { featured: 'yes' },
      { title: { nested: true } },
      { body: 'plain text, not rich text' },
      // Payload's own timestamps, which it stores as sent.
      { createdAt: { $ne: 1 } },
      { updatedAt: 'yesterday-ish' },
    ]
    for (const data of bad) {
      const attempt = payload.create({
        collection: 'releases',
        draft: true,
        overrideAccess: true,
        context: { disableRevalidate: true },
        data: { title: unique('Bad value'), summary: 'S.', _status: 'draft', ...data } as never,
      })
      await expect(attempt, JSON.stringify(data)).rejects.toMatchObject({ name: 'ValidationError', status: 400 })
    }
  })
})

describe('press contacts', () => {
  it('are told apart by name and job title wherever a release names one', async () => {
    const named = await contact({
      name: 'Dr Jane Smith',
      jobTitle: 'Head of Media Relations',
      phone: '+44 1632 960000',
    })
    expect(named.label).toBe('Dr Jane Smith, Head of Media Relations')
    const renamed = await payload.update({
      collection: 'contacts',
      id: named.id,
      overrideAccess: true,
      context: quiet,
      data: { jobTitle: '' },
    })
    expect(renamed.label).toBe('Dr Jane Smith')
  })
})
