import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerOnce, cachedAnswer, expireApiAnswers } from '../../lib/api/answer-cache'
import { answerKey } from '../../lib/api/answer-key'
import { guardRoute } from '../../lib/api/guard-route'
import { makeRelease, unique } from '../support/factories'
import { testPayload } from '../support/payload'
import { inADay } from './support'

let payload: Payload
let GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let POST: typeof GET
beforeAll(async () => {
  payload = await testPayload()
  const { default: config } = await import('../../payload.config')
  const { REST_GET, GRAPHQL_POST } = await import('@payloadcms/next/routes')
  GET = guardRoute('rest', REST_GET(config), async () => payload)
  POST = guardRoute('graphql', GRAPHQL_POST(config), async () => payload) as typeof GET
})

// Anonymous, through the API's front door and Payload's own REST handler, as a reader from outside would ask.
const titlesBySlug = async (slug: string) => {
  const url = new URL(`http://localhost/api/releases?where[slug][equals]=${slug}&depth=0`)
  const res = await GET(new Request(url), { params: Promise.resolve({ slug: ['releases'] }) })
  expect(res.status).toBe(200)
  return ((await res.json()).docs as { title: string }[]).map((d) => d.title)
}
const asEditor = { overrideAccess: true } as const

describe('anonymous API answers kept in memory', () => {
  // The same tags expire the cached pages, so this also holds the pages to every change below.
  it('never show a draft, an embargoed release or an unpublished one, however they were cached', async () => {
    const release = await makeRelease(payload, { title: unique('Answer draft') }, true)
    expect(await titlesBySlug(release.slug!)).toEqual([])
    // Published with an embargo: still nothing, cached or not.
    await payload.update({
      collection: 'releases',
      id: release.id,
      ...asEditor,
      data: { _status: 'published', embargoUntil: inADay() },
    })
    expect(await titlesBySlug(release.slug!)).toEqual([])
    // Embargo gone: the change is seen at once, not after the answer's time runs out.
    await payload.update({ collection: 'releases', id: release.id, ...asEditor, data: { embargoUntil: null } })
    expect(await titlesBySlug(release.slug!)).toEqual([release.title])
    expect(await titlesBySlug(release.slug!)).toEqual([release.title]) // now from memory
    // A draft edit of the live release changes nothing the public sees.
    await payload.update({
      collection: 'releases',
      id: release.id,
      ...asEditor,
      draft: true,
      data: { title: 'Words not yet approved' },
    })
    expect(await titlesBySlug(release.slug!)).toEqual([release.title])
    // Unpublished: gone from the answer at once.
    await payload.update({ collection: 'releases', id: release.id, ...asEditor, data: { _status: 'draft' } })
    expect(await titlesBySlug(release.slug!)).toEqual([])
  })

  it('keep reads only: a GraphQL mutation is never answered from memory', async () => {
    const mutation = {
      query: 'mutation { loginUser(email: "nobody@example.com", password: "wrong-password") { token } }',
    }
    expect(answerKey('POST', new URL('http://localhost/api/graphql'), null, mutation)).toBeUndefined()
    const read = { query: '{ Releases(limit: 1) { docs { title } } }' }
    expect(answerKey('POST', new URL('http://localhost/api/graphql'), null, read)).toMatch(/^GRAPHQL/)
    const query = JSON.stringify(read)
    await makeRelease(payload, { title: unique('Answer by GraphQL') })
    const ask = () =>
      POST(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: query,
        }),
        { params: Promise.resolve({ slug: ['graphql'] }) },
      )
    const first = await (await ask()).json()
    expect(first.data.Releases.docs).toHaveLength(1)
    expect(await (await ask()).json()).toEqual(first)
    // Private collections, users and files are never kept.
    for (const path of [
      '/api/users/me',
      '/api/enquiries',
      '/api/subscribers',
      '/api/media/file/x.png',
      '/api/redirects',
    ]) {
      expect(answerKey('GET', new URL(`http://localhost${path}`), null), path).toBeUndefined()
    }
    // The same question in another order is the same question; another origin is another answer (CORS headers).
    const a = answerKey('GET', new URL('http://localhost/api/releases?limit=1&depth=0'), null)
    expect(answerKey('GET', new URL('http://localhost/api/releases?depth=0&limit=1'), null)).toBe(a)
    expect(
      answerKey('GET', new URL('http://localhost/api/releases?depth=0&limit=1'), 'https://elsewhere.example'),
    ).not.toBe(a)
  })

  it('keep only whole, successful answers, and none worked out across a change', async () => {
    expireApiAnswers()
    await answerOnce('error', async () => Response.json({ errors: [] }, { status: 400 }))
    await answerOnce('cookie', async () => new Response('{}', { headers: { 'set-cookie': 'a=b' } }))
    expect(cachedAnswer('error')).toBeUndefined()
    expect(cachedAnswer('cookie')).toBeUndefined()
    // Content changed while this answer was being worked out: it may predate the change, so it is not kept.
    const sent = await answerOnce('raced', async () => {
      expireApiAnswers()
      return Response.json({ stale: true })
    })
    expect(await sent.json()).toEqual({ stale: true })
    expect(cachedAnswer('raced')).toBeUndefined()
    // Kept from the second time it is asked: a question asked once is not worth a place.
    const ok = async () => Response.json({ ok: true }, { headers: { 'x-kind': 'test' } })
    await answerOnce('kept', ok)
    expect(cachedAnswer('kept')).toBeUndefined()
    await answerOnce('kept', ok)
    const kept = cachedAnswer('kept')!
    expect(kept.headers.get('x-kind')).toBe('test')
    expect(await kept.json()).toEqual({ ok: true })
    expect(await cachedAnswer('kept')!.json()).toEqual({ ok: true }) // a body can be read by each caller
    // A flood of questions each asked once (cache-busting addresses) keeps nothing and evicts nothing.
    for (let i = 0; i < 600; i++) await answerOnce(`busting-${i}`, async () => Response.json({ i }))
    expect(cachedAnswer('kept')).toBeDefined()
    expect(cachedAnswer('busting-599')).toBeUndefined()
    // Bounded: a flood of distinct questions, each asked twice, evicts the oldest.
    for (let i = 0; i < 600; i++) {
      await answerOnce(`flood-${i}`, async () => Response.json({ i }))
      await answerOnce(`flood-${i}`, async () => Response.json({ i }))
    }
    expect(cachedAnswer('kept')).toBeUndefined()
    expect(cachedAnswer('flood-599')).toBeDefined()
    expireApiAnswers()
    expect(cachedAnswer('flood-599')).toBeUndefined()
  })

  it('work out one answer for many who ask at once, unless content changes while they wait', async () => {
    let worked = 0
    let finish!: () => void
    const slow = () => {
      worked++
      return new Promise<Response>((resolve) => (finish = () => resolve(Response.json({ worked }))))
    }
    const first = answerOnce('together', slow)
    const others = Array.from({ length: 5 }, () => answerOnce('together', slow))
    finish()
    for (const answer of await Promise.all([first, ...others])) expect(await answer.json()).toEqual({ worked: 1 })
    expect(worked).toBe(1)
    // Someone who asks after a change does not get an answer begun before it.
    const before = answerOnce('changed', slow)
    expireApiAnswers()
    const after = answerOnce('changed', async () => Response.json({ fresh: true }))
    finish()
    expect(await (await after).json()).toEqual({ fresh: true })
    expect(await (await before).json()).toEqual({ worked: 2 })
    expect(await cachedAnswer('changed')!.json()).toEqual({ fresh: true })
  })
})
