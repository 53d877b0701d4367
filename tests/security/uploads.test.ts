import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { stripJpegMetadata } from '../../lib/media-files/strip-jpeg-metadata'
import { mediaDir } from '../../lib/paths'
import { unique } from '../support/factories'
import { testPayload } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

// A photograph as a phone takes it: Exif with the camera and the place it was taken.
const geotagged = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'P1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer()

const upload = (data: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: 'media',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { alt: 'Upload test' },
    file: { data, name, mimetype, size: data.length },
  })

describe('uploaded files', () => {
  it('lose their location and camera data, losslessly for JPEG', async () => {
    const original = await geotagged()
    expect((await sharp(original).metadata()).exif).toBeTruthy()
    expect(original.includes(Buffer.from('PhoneCo'))).toBe(true)
    const doc = await upload(original, `${unique('photo')}.jpg`, 'image/jpeg')
    const stored = await readFile(path.join(mediaDir(), doc.filename!))
    expect((await sharp(stored).metadata()).exif).toBeUndefined()
    expect(stored.includes(Buffer.from('PhoneCo'))).toBe(false)
    // The compressed picture itself is byte for byte the one uploaded.
    expect(stored.equals(stripJpegMetadata(original)!)).toBe(true)
  })

  it('are named and typed after what they really are', async () => {
    const pngData = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#f00' } })
      .png()
      .toBuffer()
    const doc = await upload(pngData, `${unique('report')}.pdf`, 'application/pdf')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/\.png$/)
  })

  it('refuse what is not a picture or a PDF, with a message', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    await expect(upload(html, `${unique('page')}.jpg`, 'image/jpeg')).rejects.toThrow(
      /not a picture or document we accept/,
    )
  })

  it('are refused to whoever may not upload before the file is read', async () => {
    // A file the sanitiser would refuse with its own message: the access refusal comes first, so nothing was read.
    const html = Buffer.from('<html>not a picture</html>')
    const asNobody = {
      collection: 'media' as const,
      overrideAccess: false,
      data: { alt: 'Anonymous upload' },
      file: { data: html, name: `${unique('anon')}.png`, mimetype: 'image/png', size: html.length },
    }
    await expect(payload.create(asNobody)).rejects.toThrow(/not allowed/i)
    const owned = await upload(await geotagged(), `${unique('owned')}.jpg`, 'image/jpeg')
    await expect(payload.update({ ...asNobody, id: owned.id })).rejects.toThrow(/not allowed/i)
  })
})
