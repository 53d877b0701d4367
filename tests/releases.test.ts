import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { HOUR, MINUTE, testClock } from './support/clock'
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

const clock = testClock()

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

  it('stays the moment the release first went public, whatever is published after the lift', async () => {
    const quiet = { disableRevalidate: true, skipNotifications: true, skipAlerts: true }
    // Embargoed until a minute from an hour ago: it lifted 59 minutes ago, dated then.
    clock.rewind(HOUR)
    const lifts = new Date(Date.now() + MINUTE).toISOString()
    const release = await makeRelease(payload, { embargoUntil: lifts })
    clock.catchUp()
    expect(release.releaseDate).toBe(lifts)
    // A typo fixed, then the address renamed, each published: the date and the feed's date stay.
    for (const data of [{ title: `${release.title} (fixed)` }, { slug: `${release.slug}-renamed` }]) {
      const saved = await payload.update({
        collection: 'releases',
        id: release.id,
        overrideAccess: true,
        context: quiet,
        data: { ...data, _status: 'published' },
      })
      expect(saved.releaseDate, JSON.stringify(data)).toBe(lifts)
    }
    // Through a draft first, as the admin saves: the same.
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: quiet,
      data: { summary: 'A better standfirst.' },
    })
    const published = await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: quiet,
      data: { _status: 'published' },
    })
    expect(published.releaseDate).toBe(lifts)
    // An editor may still set another date of their own.
    const chosen = new Date(Date.now() - 2 * 86_400_000).toISOString()
    const moved = await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: quiet,
      data: { releaseDate: chosen, _status: 'published' },
    })
    expect(moved.releaseDate).toBe(chosen)
  })
})
