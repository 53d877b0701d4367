import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('releases', () => {
  it('generates a URL-safe slug from the title', async () => {
    const release = await makeRelease(payload, { title: 'Harrowmere’s £2m Kelp Battery: a “World First”!' })
    expect(release.slug).toBe('harrowmeres-2m-kelp-battery-a-world-first')
  })

  it('keeps a slug the editor typed, made URL-safe', async () => {
    const release = await makeRelease(payload, { slug: 'My Custom Slug' })
    expect(release.slug).toBe('my-custom-slug')
  })

  it('refuses a duplicate slug with a clear error', async () => {
    const slug = unique('taken')
    await makeRelease(payload, { slug })
    await expect(makeRelease(payload, { slug })).rejects.toThrow(/slug/i)
  })

  it('refuses a summary over 300 characters', async () => {
    await expect(makeRelease(payload, { summary: 'x'.repeat(301) })).rejects.toThrow(/summary/i)
  })

  it('dates a release at first publication when no date was set', async () => {
    const before = Date.now()
    const release = await makeRelease(payload)
    expect(new Date(release.releaseDate!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const draft = await makeRelease(payload, {}, true)
    expect(draft.releaseDate).toBeFalsy()
  })

  it('cannot be related to itself', async () => {
    const release = await makeRelease(payload)
    await expect(
      payload.update({ collection: 'releases', id: release.id, data: { related: [release.id] }, overrideAccess: true }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'related' })] } })
  })
})

describe('the public read rule', () => {
  const publicFind = (id: number) =>
    payload.find({ collection: 'releases', overrideAccess: false, where: { id: { equals: id } } })

  it('shows a published release and hides a draft', async () => {
    const published = await makeRelease(payload)
    const draft = await makeRelease(payload, {}, true)
    expect((await publicFind(published.id)).totalDocs).toBe(1)
    expect((await publicFind(draft.id)).totalDocs).toBe(0)
  })

  it('hides a published release until its embargo passes', async () => {
    const future = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })
    const past = await makeRelease(payload, { embargoUntil: new Date(Date.now() - 60_000).toISOString() })
    expect((await publicFind(future.id)).totalDocs).toBe(0)
    expect((await publicFind(past.id)).totalDocs).toBe(1)
  })
})

describe('the release date', () => {
  it('is the moment the release goes public, follows its embargo, and is never in the future', async () => {
    const quiet = { disableRevalidate: true, skipNotifications: true }
    const embargo = new Date(Date.now() + 3 * 86_400_000)
    embargo.setUTCHours(0, 1, 0, 0)
    const embargoed = await makeRelease(payload, { embargoUntil: embargo.toISOString() })
    expect(embargoed.releaseDate).toBe(embargo.toISOString())
    // Brought forward to now: the date comes with it.
    const lifted = await payload.update({
      collection: 'releases',
      id: embargoed.id,
      overrideAccess: true,
      context: quiet,
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
    })
    expect(new Date(lifted.releaseDate!).getTime()).toBeLessThanOrEqual(Date.now())
    // A date typed in the future, with no embargo to wait for, is refused with a message.
    await expect(
      payload.update({
        collection: 'releases',
        id: embargoed.id,
        overrideAccess: true,
        context: quiet,
        data: { releaseDate: new Date(Date.now() + 86_400_000).toISOString() },
      }),
    ).rejects.toThrow(/releaseDate/)
  })
})
