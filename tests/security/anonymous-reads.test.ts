import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeRelease, unique } from '../support/factories'
import { testPayload } from '../support/payload'
import { inADay } from './support'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

// What the REST and GraphQL handlers pass: an anonymous request from outside, not our own server code.
const outsider = async () => {
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({}, payload)
  req.payloadAPI = 'REST'
  return req
}

describe('what an anonymous API answer may say about other releases', () => {
  it('names only public related releases, at any depth', async () => {
    const embargoed = await makeRelease(payload, { title: unique('Secret related'), embargoUntil: inADay() })
    const draft = await makeRelease(payload, { title: unique('Draft related') }, true)
    const visible = await makeRelease(payload, { title: unique('Public related') })
    const host = await makeRelease(payload, { related: [embargoed.id, draft.id, visible.id] })
    for (const depth of [0, 1, 2]) {
      const found = await payload.find({
        collection: 'releases',
        overrideAccess: false,
        req: await outsider(),
        where: { id: { equals: host.id } },
        depth,
      })
      const related = (found.docs[0].related ?? []).map((r) => (typeof r === 'object' ? r.id : r))
      expect(related, `depth ${depth}`).toEqual([visible.id])
    }
    // Staff see every pick.
    const staff = await payload.findByID({ collection: 'releases', id: host.id, overrideAccess: true, depth: 0 })
    expect(staff.related).toEqual([embargoed.id, draft.id, visible.id])
  })

  it('refuses sorts and filters that reach into related documents, and depth past 2', async () => {
    const req = await outsider()
    const attempts: Array<{ sort?: string; where?: Where }> = [
      { sort: 'related.title' },
      { sort: '-related.title' },
      { where: { 'related.title': { like: 'Secret' } } },
      { where: { or: [{ 'topics.name': { equals: 'x' } }] } },
    ]
    for (const args of attempts) {
      await expect(
        payload.find({ collection: 'releases', overrideAccess: false, req, ...args }),
        JSON.stringify(args),
      ).rejects.toThrow(/reaches into another document/)
    }
    await expect(
      payload.count({ collection: 'releases', overrideAccess: false, req, where: { 'related.title': { like: 'S' } } }),
    ).rejects.toThrow(/another document/)
    await expect(payload.find({ collection: 'releases', overrideAccess: false, req, depth: 3 })).rejects.toThrow(
      /depth may be at most 2/,
    )
    // Own fields, groups included, are fine.
    await payload.find({
      collection: 'releases',
      overrideAccess: false,
      req,
      sort: '-releaseDate',
      where: { 'meta.title': { exists: false } },
    })
  })

  it('reads what everyone reads when it asks for drafts', async () => {
    const release = await makeRelease(payload, { title: unique('Has a pending draft') })
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'Unpublished words' },
    })
    const found = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      req: await outsider(),
      draft: true,
      where: { id: { equals: release.id } },
    })
    expect(found.docs.map((d) => d.title)).toEqual([release.title])
  })

  it('answers a where value the database cannot read with a 400, for staff too', async () => {
    const staff = await outsider()
    staff.user = {
      ...(await payload.find({ collection: 'users', limit: 1, overrideAccess: true })).docs[0],
      collection: 'users',
    }
    const bad: Where[] = [
      { id: { in: ['', '[]'] } },
      { id: { in: '../../etc/passwd' } },
      { id: { equals: 'abc' } },
      { releaseDate: { greater_than: '2026-13-45' } },
      { related: { in: ['x'] } },
      { and: [{ topics: { equals: 'not-an-id' } }] },
    ]
    for (const where of bad) {
      for (const req of [await outsider(), staff]) {
        await expect(
          payload.find({ collection: 'releases', overrideAccess: false, req, where }),
          JSON.stringify(where),
        ).rejects.toMatchObject({ status: 400 })
      }
    }
    await expect(
      payload.find({
        collection: 'media',
        overrideAccess: false,
        req: await outsider(),
        where: { id: { in: ['', '[]'] } },
      }),
    ).rejects.toMatchObject({ status: 400 })
    // Sound values still work, lists included.
    await payload.find({
      collection: 'releases',
      overrideAccess: false,
      req: staff,
      where: { id: { in: '1,2,3' }, releaseDate: { less_than: '2030-01-01' } },
    })
  })
})
