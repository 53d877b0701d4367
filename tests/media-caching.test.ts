import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import type { Media, User } from '../payload-types'
import { makeRelease, makeUser, signedInAs, unique } from './support/factories'
import { testPayload } from './support/payload'

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let payload: Payload
let GET: Route
let editor: User
let shown: Media
let unused: Media

beforeAll(async () => {
  payload = await testPayload()
  editor = await makeUser(payload, 'editor')
  const { default: config } = await import('../payload.config')
  const { REST_GET } = await import('@payloadcms/next/routes')
  GET = guardRoute('rest', REST_GET(config), async () => payload)
  // Made before any file is asked for: the API's front door learns the names of stored files once a minute, or on a
  // change it is told of, and these quiet saves tell it nothing.
  shown = await makeImage()
  await makeRelease(payload, { heroImage: shown.id })
  unused = await makeImage()
})

async function makeImage(): Promise<Media> {
  const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer()
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { alt: 'A test picture' },
    file: { data, mimetype: 'image/jpeg', name: `${unique('cached')}.jpg`, size: data.length },
  })
}

async function file(name: string, headers: Record<string, string> = {}) {
  const path = `media/file/${name}`
  const res = await GET(new Request(`http://localhost/api/${path}`, { headers }), {
    params: Promise.resolve({ slug: path.split('/') }),
  })
  return { status: res.status, headers: res.headers, bytes: (await res.arrayBuffer()).byteLength }
}

describe('public pictures are cached like static files', () => {
  it('carries validators and a public max-age, and answers 304 to a current copy, sizes included', async () => {
    for (const name of [shown.filename!, shown.sizes!.thumbnail!.filename!]) {
      const first = await file(name)
      expect(first.status, name).toBe(200)
      expect(first.bytes).toBeGreaterThan(0)
      expect(first.headers.get('content-type')).toBe('image/jpeg')
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      const etag = first.headers.get('etag')!
      const modified = first.headers.get('last-modified')!
      expect(etag).toMatch(/^"/)
      expect(new Date(modified).getTime()).not.toBeNaN()
      const asks: Array<Record<string, string>> = [
        { 'if-none-match': etag },
        { 'if-none-match': `W/${etag}, "other"` },
        { 'if-modified-since': modified },
      ]
      for (const asked of asks) {
        const again = await file(name, asked)
        expect(again.status, JSON.stringify(asked)).toBe(304)
        expect(again.bytes).toBe(0)
        expect(again.headers.get('etag')).toBe(etag)
      }
      // A copy that is not current gets the file.
      expect((await file(name, { 'if-none-match': '"stale"' })).status).toBe(200)
      expect((await file(name, { 'if-modified-since': new Date(0).toUTCString() })).status).toBe(200)
    }
  })

  it('keeps any answer to a credential-like request out of shared caches, however the cookie is spelled', async () => {
    for (const cookie of ['payload-token=expired', ' Payload-Token = x', 'a=1; %70ayload-token=x']) {
      const answer = await file(shown.filename!, { cookie })
      expect(answer.status, cookie).toBe(200)
      expect(answer.headers.get('cache-control'), cookie).toBe('private, no-cache')
    }
    expect((await file(shown.filename!, { cookie: 'theme=dark' })).headers.get('cache-control')).toMatch(/^public/)
  })

  it('keeps staff-only files out of shared caches, and tells an anonymous caller nothing of them', async () => {
    const staff = await file(unused.filename!, await signedInAs(payload, editor))
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toBe('private, no-cache')
    const anonymous = await file(unused.filename!)
    expect([403, 404]).toContain(anonymous.status)
    expect(anonymous.headers.get('etag')).toBeNull()
    expect(anonymous.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })

  it('answers a byte range with the whole file, as it says it will', async () => {
    const whole = await file(shown.filename!)
    const part = await file(shown.filename!, { range: 'bytes=0-9' })
    expect(part.status).toBe(200)
    expect(part.headers.get('accept-ranges')).toBe('none')
    expect(part.bytes).toBe(whole.bytes)
  })
})
