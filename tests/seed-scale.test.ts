import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedScale } from '../lib/ops/seed-scale'
import { searchReleases } from '../lib/search/search-releases'
import { rareWord } from './support/discovery'
import { makeRelease } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('npm run seed:scale', () => {
  it('adds public releases that readers, search and the admin all see, each with its own address and date', async () => {
    const word = rareWord()
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: `Scale ${word}` },
    })
    const template = await makeRelease(payload, {
      title: `The ${word} project`,
      topics: [topic.id],
      featured: true,
    } as never)
    await seedScale(payload, 3, { only: [template.id], log: () => undefined })
    await seedScale(payload, 2, { only: [template.id], log: () => undefined })

    const copies = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      depth: 0,
      sort: 'id',
      where: { slug: { like: `${template.slug}-s` } },
    })
    expect(copies.totalDocs).toBe(5)
    expect(new Set(copies.docs.map((d) => d.slug)).size).toBe(5)
    for (const copy of copies.docs) {
      expect(copy.title?.toLowerCase()).toContain(word.toLowerCase())
      expect(copy.topics).toEqual([topic.id])
      expect(copy.featured).toBe(false)
      expect(copy.embargoUntil ?? null).toBeNull()
      expect(new Date(copy.releaseDate!).getTime()).toBeLessThan(Date.now())
    }
    // The admin lists the latest versions: each copy has one, published.
    const admin = await payload.find({
      collection: 'releases',
      overrideAccess: true,
      draft: true,
      depth: 0,
      where: { slug: { like: `${template.slug}-s` } },
    })
    expect(admin.totalDocs).toBe(5)
    expect(admin.docs.every((d) => d._status === 'published')).toBe(true)
    const found = await searchReleases(
      payload,
      { q: word, page: 1 },
      async (where) =>
        (await payload.find({ collection: 'releases', overrideAccess: false, where, pagination: false, depth: 0 }))
          .docs,
    )
    expect(found.kind === 'results' ? found.hits.length : 0).toBe(6)
  })
})
