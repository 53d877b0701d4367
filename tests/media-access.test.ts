import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

async function makeImage() {
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer()
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
    const release = await makeRelease(payload, { heroImage: picture.id, embargoUntil: new Date(Date.now() + 4000).toISOString() })
    expect(release.id).toBeTruthy()
    await new Promise((r) => setTimeout(r, 1100)) // past the one-second memo of public media
    expect(await publicCanSee(picture.id)).toBe(false)
    await expect.poll(() => publicCanSee(picture.id), { timeout: 10_000, interval: 300 }).toBe(true)
  })

  it('hides a picture used only by a draft, and one used by nothing', async () => {
    const inDraft = await makeImage()
    const unused = await makeImage()
    await makeRelease(payload, { heroImage: inDraft.id }, true)
    await new Promise((r) => setTimeout(r, 1100))
    expect(await publicCanSee(inDraft.id)).toBe(false)
    expect(await publicCanSee(unused.id)).toBe(false)
  })
})
