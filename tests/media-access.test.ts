import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { pool } from '../lib/db/pool'
import { isPublicMedia } from '../lib/db/public-media'
import { richText, uploadNode } from '../seed/lexical'
import { HOUR, MINUTE, testClock } from './support/clock'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
const clock = testClock()
beforeAll(async () => {
  payload = await testPayload()
})

async function makeImage() {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { alt: 'A test picture' },
    file: { data, mimetype: 'image/png', name: `${unique('pic')}.png`, size: data.length },
  })
}

const publicCanSee = async (id: number) =>
  (await payload.find({ collection: 'media', overrideAccess: false, where: { id: { equals: id } } })).totalDocs === 1

describe('who may see a file', () => {
  it('hides a picture used only by an embargoed release until the embargo passes, then shows it', async () => {
    const picture = await makeImage()
    clock.rewind(HOUR)
    const release = await makeRelease(payload, {
      heroImage: picture.id,
      embargoUntil: new Date(Date.now() + MINUTE).toISOString(),
    })
    expect(release.id).toBeTruthy()
    expect(await publicCanSee(picture.id)).toBe(false)
    clock.catchUp()
    expect(await publicCanSee(picture.id)).toBe(true)
  })

  it('hides a picture used only by a draft, and one used by nothing', async () => {
    const inDraft = await makeImage()
    const unused = await makeImage()
    await makeRelease(payload, { heroImage: inDraft.id }, true)
    expect(await publicCanSee(inDraft.id)).toBe(false)
    expect(await publicCanSee(unused.id)).toBe(false)
  })

  it('shows what a public release uses in its downloads, SEO image and body, and a contact photo', async () => {
    const [download, seo, inBody, photo] = await Promise.all([makeImage(), makeImage(), makeImage(), makeImage()])
    await makeRelease(payload, {
      downloads: [download.id],
      meta: { image: seo.id },
      body: richText([uploadNode(inBody.id)]) as never,
    })
    await payload.create({
      collection: 'contacts',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: unique('Contact'), email: 'press@example.com', phone: '+44 1632 960123', photo: photo.id } as never,
    })
    for (const picture of [download, seo, inBody, photo])
      expect(await publicCanSee(picture.id), picture.filename ?? '').toBe(true)
  })

  it('keeps a picture hidden that only an unpublished draft of a public release adds', async () => {
    const [published, added] = await Promise.all([makeImage(), makeImage()])
    const release = await makeRelease(payload, { heroImage: published.id })
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { downloads: [added.id], body: richText([uploadNode(added.id)]) as never },
    })
    expect(await publicCanSee(published.id)).toBe(true)
    expect(await publicCanSee(added.id)).toBe(false)
  })

  it('shows a picture the moment its release is published, however recently the public list was worked out', async () => {
    const picture = await makeImage()
    expect(await publicCanSee(picture.id)).toBe(false)
    await makeRelease(payload, { heroImage: picture.id })
    expect(await publicCanSee(picture.id)).toBe(true)
  })

  it('answers a request for one file by that file alone, the same as the whole list does', async () => {
    const [hero, embargoedHero, draftHero, unused, download, seo, inBody, asText, asObject, photo, draftOnly] =
      await Promise.all(Array.from({ length: 11 }, () => makeImage()))
    const live = await makeRelease(payload, {
      heroImage: hero.id,
      downloads: [download.id],
      meta: { image: seo.id },
      body: richText([uploadNode(inBody.id)]) as never,
    })
    // Older documents hold a picture's id as text, or the populated picture itself: as a migrated archive would.
    const older = [uploadNode(String(asText.id)), { ...uploadNode(0), value: { id: asObject.id } }]
    await pool(payload).query(
      `UPDATE releases SET body = jsonb_set(body, '{root,children}', (body -> 'root' -> 'children') || $2::jsonb),
         updated_at = now() WHERE id = $1`,
      [live.id, JSON.stringify(older)],
    )
    await makeRelease(payload, {
      heroImage: embargoedHero.id,
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await makeRelease(payload, { heroImage: draftHero.id }, true)
    await payload.create({
      collection: 'contacts',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: unique('Contact'), email: 'press@example.com', phone: '+44 1632 960123', photo: photo.id } as never,
    })
    await payload.update({
      collection: 'releases',
      id: live.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { downloads: [download.id, draftOnly.id] },
    })
    const expected = new Map([
      [hero, true],
      [embargoedHero, false],
      [draftHero, false],
      [unused, false],
      [download, true],
      [seo, true],
      [inBody, true],
      [asText, true],
      [asObject, true],
      [photo, true],
      [draftOnly, false],
    ])
    for (const [picture, visible] of expected) {
      expect(await isPublicMedia(payload, picture.id), picture.filename ?? '').toBe(visible)
      expect(await publicCanSee(picture.id), picture.filename ?? '').toBe(visible)
    }
  })

  it('forgets a body picture once the published body no longer places it', async () => {
    const [kept, removed] = await Promise.all([makeImage(), makeImage()])
    const live = await makeRelease(payload, { body: richText([uploadNode(kept.id), uploadNode(removed.id)]) as never })
    expect(await isPublicMedia(payload, removed.id)).toBe(true)
    await payload.update({
      collection: 'releases',
      id: live.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { body: richText([uploadNode(kept.id)]) as never, _status: 'published' },
    })
    expect(await isPublicMedia(payload, kept.id)).toBe(true)
    expect(await isPublicMedia(payload, removed.id)).toBe(false)
    expect(await publicCanSee(removed.id)).toBe(false)
  })
})
