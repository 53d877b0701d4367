import { createLocalReq, restoreVersionOperation, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildAddressRedirects } from '../../lib/routes/address-redirects'
import type { Release, User } from '../../payload-types'
import { makeRelease, unique } from '../support/factories'
import { withStaff } from '../support/staff'
import { as, inADay, isPublic, liveReleaseOf, publicView } from './support'

let payload: Payload
let contributor: User
let editor: User
beforeAll(async () => {
  ;({ payload, contributor, editor } = await withStaff())
})

describe('duplicating a release', () => {
  it('never carries publication across, whoever asks and however', async () => {
    const embargoed = await makeRelease(payload, {
      embargoUntil: inADay(),
      featured: true,
      previousSlugs: ['an-old-address'],
    } as Partial<Release>)
    for (const user of [contributor, editor]) {
      for (const draft of [false, true]) {
        const copy = await payload.duplicate({ collection: 'releases', id: embargoed.id, draft, ...as(user) })
        const stored = await payload.findByID({ collection: 'releases', id: copy.id, overrideAccess: true, depth: 0 })
        expect(stored, `${user.role} draft=${draft}`).toMatchObject({
          _status: 'draft',
          featured: false,
          embargoUntil: null,
          reviewStatus: 'draft',
        })
        expect(stored.previousSlugs ?? []).toEqual([])
        expect(typeof stored.author === 'object' ? stored.author?.id : stored.author).toBe(user.id)
        expect(await isPublic(payload, copy.id)).toBe(false)
      }
    }
    // The original is untouched: still embargoed, still not public.
    expect(await isPublic(payload, embargoed.id)).toBe(false)
  })
})

describe('a contributor and a live release', () => {
  it('saves their edits to it as a draft, leaving the public page as it was', async () => {
    const live = await liveReleaseOf(payload, contributor, editor)
    // Without draft: true, Payload would write the live row; the gate makes it a draft.
    const edited = await payload.update({
      collection: 'releases',
      id: live.id,
      ...as(contributor),
      data: { title: 'Changed by a contributor' },
    })
    expect(edited._status).toBe('draft')
    expect((await publicView(payload, live.id))?.title).toBe(live.title)
    const latest = await payload.findByID({ collection: 'releases', id: live.id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('Changed by a contributor')
  })

  it('cannot unpublish it, publish it, or change it in bulk', async () => {
    const live = await liveReleaseOf(payload, contributor, editor)
    await payload
      .update({ collection: 'releases', id: live.id, ...as(contributor), data: { _status: 'draft' } })
      .catch(() => undefined)
    expect(await isPublic(payload, live.id)).toBe(true)
    await expect(
      payload.update({
        collection: 'releases',
        id: live.id,
        ...as(contributor),
        data: { _status: 'published', title: 'Sneaky' },
      }),
    ).rejects.toThrow(/not allowed/i)
    await payload.update({
      collection: 'releases',
      where: { id: { equals: live.id } },
      ...as(contributor),
      data: { title: 'Bulk change', _status: 'draft' },
    })
    const seen = await publicView(payload, live.id)
    expect(seen?.title).toBe(live.title)
    expect(seen?._status).toBe('published')
  })

  it('cannot restore a version to the live release, and a draft restore leaves the public page and the author', async () => {
    const live = await liveReleaseOf(payload, contributor, editor, { title: unique('Original words') })
    await payload.update({
      collection: 'releases',
      id: live.id,
      ...as(editor),
      data: { title: unique('Edited by the editor') },
    })
    const { docs } = await payload.findVersions({
      collection: 'releases',
      where: { parent: { equals: live.id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const first = docs[0]
    await expect(payload.restoreVersion({ collection: 'releases', id: first.id, ...as(contributor) })).rejects.toThrow(
      /Only an editor can restore/,
    )
    const before = await publicView(payload, live.id)
    // The Local API has no draft restore; REST passes `draft` straight to the operation, as here.
    const req = await createLocalReq(
      { user: { ...contributor, collection: 'users' }, context: { disableRevalidate: true } },
      payload,
    )
    const restored = await restoreVersionOperation({
      id: first.id,
      collection: payload.collections.releases,
      draft: true,
      req,
      depth: 0,
    })
    expect(restored._status).toBe('draft')
    expect(await publicView(payload, live.id)).toMatchObject({ title: before?.title, _status: 'published' })
    const latest = await payload.findByID({
      collection: 'releases',
      id: live.id,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(latest.author).toBe(contributor.id)
  })

  it('never sets or clears an embargo, a feature, an approval or slug history', async () => {
    const embargoed = await liveReleaseOf(payload, contributor, editor, { embargoUntil: inADay() })
    await payload.update({
      collection: 'releases',
      id: embargoed.id,
      draft: true,
      ...as(contributor),
      data: {
        embargoUntil: null,
        featured: true,
        reviewStatus: 'approved',
        previousSlugs: ['someone-elses-address'],
      } as Partial<Release>,
    })
    const latest = await payload.findByID({
      collection: 'releases',
      id: embargoed.id,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(latest.embargoUntil).toBe(embargoed.embargoUntil)
    expect(latest.featured).toBe(false)
    expect(latest.reviewStatus).not.toBe('approved')
    expect(latest.previousSlugs ?? []).toEqual([])
  })
})

describe('addresses', () => {
  it('cannot be claimed through slug history, by anyone', async () => {
    const victim = await makeRelease(payload, { title: unique('Victim release') })
    const entered = `/press/${unique('old')}.html`
    await payload.create({
      collection: 'redirects',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { from: entered, release: victim.id },
    })
    const attacker = await liveReleaseOf(payload, contributor, editor)
    for (const user of [contributor, editor]) {
      await payload
        .update({
          collection: 'releases',
          id: attacker.id,
          ...as(user),
          data: { previousSlugs: [victim.slug!, entered.replace('/news/', '')] } as Partial<Release>,
        })
        .catch(() => undefined)
    }
    const stored = await payload.findByID({
      collection: 'releases',
      id: attacker.id,
      overrideAccess: true,
      draft: true,
    })
    expect(stored.previousSlugs ?? []).toEqual([])
    const map = await buildAddressRedirects(payload)
    expect(map[`/news/${victim.slug}`]).toBeUndefined()
    expect(map[entered]).toBe(`/news/${victim.slug}`)
  })

  it('keeps a live release and an editor redirect ahead of any old slug', async () => {
    const renamed = await makeRelease(payload, { title: unique('Renamed') })
    const live = await makeRelease(payload, { title: unique('Live elsewhere') })
    // Slug history written by the system (as rememberOldSlug does), naming an address now in use.
    await payload.update({
      collection: 'releases',
      id: renamed.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { previousSlugs: [live.slug!] },
    })
    const map = await buildAddressRedirects(payload)
    expect(map[`/news/${live.slug}`]).toBeUndefined()
  })
})
