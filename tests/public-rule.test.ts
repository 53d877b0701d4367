import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { countPublicReleases, publicReleaseIds, publicReleaseSlice } from '../lib/db/public-releases'
import { HOUR, MINUTE, testClock } from './support/clock'
import { makeRelease } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
const clock = testClock()
beforeAll(async () => {
  payload = await testPayload()
})

describe('the public rule in SQL', () => {
  it('agrees with the access rule on every kind of release', async () => {
    const hour = 3_600_000
    const live = await makeRelease(payload)
    const lifted = await makeRelease(payload, { embargoUntil: new Date(Date.now() - hour).toISOString() })
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + hour).toISOString() })
    const draft = await makeRelease(payload, {}, true)
    // Live, with newer words waiting as a draft: the public still sees the live release.
    const pending = await makeRelease(payload)
    await payload.update({
      collection: 'releases',
      id: pending.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: 'Not yet' },
    })
    // Taken down.
    const unpublished = await makeRelease(payload)
    await payload.update({
      collection: 'releases',
      id: unpublished.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'draft' },
    })

    const ids = [live, lifted, embargoed, draft, pending, unpublished].map((r) => r.id)
    const byAccess = (
      await payload.find({
        collection: 'releases',
        overrideAccess: false,
        pagination: false,
        depth: 0,
        where: { id: { in: ids } },
      })
    ).docs.map((d) => d.id)
    const bySql = await publicReleaseIds(payload, ids)
    expect(bySql.sort()).toEqual(byAccess.sort())
    expect(byAccess.sort()).toEqual([live.id, lifted.id, pending.id].sort())
  })

  it("reads the same clock as the access rule, not the database server's", async () => {
    clock.rewind(HOUR)
    const release = await makeRelease(payload, { embargoUntil: new Date(Date.now() + MINUTE).toISOString() })
    const byAccess = async () =>
      (await payload.count({ collection: 'releases', overrideAccess: false, where: { id: { equals: release.id } } }))
        .totalDocs
    expect(await byAccess()).toBe(0)
    expect(await publicReleaseIds(payload, [release.id])).toEqual([])
    clock.catchUp()
    expect(await byAccess()).toBe(1)
    expect(await publicReleaseIds(payload, [release.id])).toEqual([release.id])
  })

  it('slices the public releases oldest first, each once', async () => {
    const all = await publicReleaseSlice(payload, 1, 100_000)
    const [first, second] = [await publicReleaseSlice(payload, 1, 3), await publicReleaseSlice(payload, 2, 3)]
    expect([...first, ...second]).toEqual(all.slice(0, 6))
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => a - b))
    const count = (await payload.count({ collection: 'releases', overrideAccess: false })).totalDocs
    expect(all).toHaveLength(count)
    expect(await countPublicReleases(payload)).toBe(count)
  })
})
