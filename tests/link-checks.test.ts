import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardRoute } from '../lib/api/guard-route'
import { linkNode, paragraphNode, richText, textNode } from '../lib/lexical/nodes'
import { checkLinks } from '../lib/links/check-links'
import { queueDailyLinkCheck } from '../lib/links/daily'
import { probe } from '../lib/links/probe'
import type { LinkCheck, Release, User } from '../payload-types'
import { makeRelease, makeUser, unique, signedInAs } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let server: Server
let base: string
let refused: string
const hits: Array<{ path: string; at: number; method: string }> = []
let flaky = 0

beforeAll(async () => {
  payload = await testPayload()
  // A web site of every kind of answer a link can get.
  server = createServer((req, res) => {
    const path = req.url!.split('?')[0]
    hits.push({ path, at: Date.now(), method: req.method! })
    if (path.endsWith('/ok')) return res.writeHead(200).end('fine')
    if (path.endsWith('/moved')) return res.writeHead(301, { location: '/t/ok' }).end()
    if (path.endsWith('/missing')) return res.writeHead(404).end()
    if (path.endsWith('/gone')) return res.writeHead(410).end()
    if (path.endsWith('/no-head')) return res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
    if (path.endsWith('/flaky')) return res.writeHead(flaky++ === 0 ? 503 : 200).end()
    if (path.endsWith('/slow')) return // never answers
    res.writeHead(500).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/t/ok`
  await new Promise((resolve) => closed.close(resolve))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const body = (...urls: string[]) =>
  richText(
    urls.map((url) => paragraphNode([textNode('See '), linkNode(url, [textNode('this page')])])),
  ) as Release['body']

describe('links as a release is saved', () => {
  it('warns of malformed addresses with the fix, and of links to releases the public cannot see', async () => {
    const draft = await makeRelease(payload, { title: unique('Unpublished target') }, true)
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    const live = await makeRelease(payload)
    const release = await makeRelease(payload, {
      body: body(
        'http://https://example.org/learning-cities',
        `/news/${draft.slug}`,
        `http://localhost:3000/news/${embargoed.slug}`,
        `/news/${live.slug}`,
        'https://example.org/fine',
      ),
    })
    const warnings = (release as Release & { linkWarnings: unknown }).linkWarnings as Array<{
      url: string
      problem: string
      fix?: string
    }>
    expect(warnings.map((w) => w.url)).toEqual([
      'http://https://example.org/learning-cities',
      `/news/${draft.slug}`,
      `http://localhost:3000/news/${embargoed.slug}`,
    ])
    expect(warnings[0]).toMatchObject({
      problem: 'The address has its scheme twice.',
      fix: 'https://example.org/learning-cities',
    })
    expect(warnings[1].problem).toMatch(/not public yet/)
    // Worked out from the text, whatever a request says.
    const again = await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { linkWarnings: [] } as never,
    })
    expect((again as Release & { linkWarnings: unknown[] }).linkWarnings).toHaveLength(3)
  })

  it('points links to a renamed release at its new address', async () => {
    const target = await makeRelease(payload)
    const renamed = await payload.update({
      collection: 'releases',
      id: target.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { slug: unique('renamed-target') },
    })
    const release = await makeRelease(payload, { body: body(`/news/${target.slug}`) })
    expect(JSON.stringify(release.body)).toContain(`"url":"/news/${renamed.slug}"`)
    expect((release as Release & { linkWarnings: unknown }).linkWarnings).toBeNull()
  })

  it('fixes them on request as a draft, with the caller’s own rights', async () => {
    const { default: config } = await import('../payload.config')
    const { REST_POST } = await import('@payloadcms/next/routes')
    const POST = guardRoute('rest', REST_POST(config), async () => payload)
    const editor = await makeUser(payload, 'editor')
    const stranger = await makeUser(payload, 'contributor')
    const release = await makeRelease(payload, { body: body('htp://example.org/typo') })
    const fix = async (user?: User) => {
      const headers = await signedInAs(payload, user)
      const res = await POST(
        new Request(`http://localhost:3000/api/releases/${release.id}/fix-links`, { method: 'POST', headers }),
        { params: Promise.resolve({ slug: ['releases', String(release.id), 'fix-links'] }) },
      )
      return { status: res.status, body: await res.json() }
    }
    expect((await fix()).status).toBe(401)
    expect((await fix(stranger)).status).toBe(403)
    expect(await fix(editor)).toEqual({ status: 200, body: { fixed: 1 } })
    const latest = await payload.findByID({ collection: 'releases', id: release.id, draft: true, overrideAccess: true })
    expect(JSON.stringify(latest.body)).toContain('"url":"http://example.org/typo"')
    // The live release is untouched until an editor publishes the fix.
    const live = await payload.findByID({ collection: 'releases', id: release.id, overrideAccess: true })
    expect(JSON.stringify(live.body)).toContain('htp://example.org/typo')
  })
})

describe('the daily link check', () => {
  it('finds broken targets in public releases only, politely, and once a day per link', async () => {
    const tag = unique('t')
    const url = (p: string) => `${base}/${tag}/t/${p}`
    const links = ['ok', 'moved', 'missing', 'gone', 'no-head', 'flaky', 'slow'].map(url)
    const release = await makeRelease(payload, { body: body(...links, refused) })
    await makeRelease(payload, { body: body(url('draft-only')) }, true)
    const ours = (u: string) => u.startsWith(`${base}/${tag}/`) || u === refused
    const options = { allowPrivate: true, timeoutMs: 400, retries: 1, retryDelayMs: 20, perHostGapMs: 40, only: ours }
    const now = new Date()
    const summary = await checkLinks(payload, { ...options, now })
    expect(summary.checked).toBe(8)

    const records = async () =>
      new Map(
        (
          await payload.find({
            collection: 'link-checks',
            overrideAccess: true,
            pagination: false,
            depth: 0,
            where: { or: [{ url: { like: tag } }, { url: { equals: refused } }] },
          })
        ).docs.map((d: LinkCheck) => [d.url, d]),
      )
    const first = await records()
    expect(first.has(url('draft-only'))).toBe(false)
    const state = (u: string) => [first.get(u)?.status, first.get(u)?.problem ?? null]
    expect(state(url('ok'))).toEqual(['ok', null])
    expect(state(url('moved'))).toEqual(['ok', null])
    expect(state(url('no-head'))).toEqual(['ok', null])
    expect(state(url('flaky'))).toEqual(['ok', null])
    expect(state(url('missing'))).toEqual(['broken', 'Not found (404)'])
    expect(state(url('gone'))).toEqual(['broken', 'Gone (410): the page was removed'])
    expect(state(url('slow'))).toEqual(['broken', 'No answer within 0.4 s'])
    expect(state(refused)).toEqual(['broken', 'Connection refused'])
    expect(first.get(url('missing'))!.releases).toEqual([release.id])
    expect(first.get(url('missing'))!.firstBrokenAt).toBe(now.toISOString())
    // One site, one request at a time, with a pause between.
    const firstAsked = new Map<string, number>()
    for (const h of hits) if (h.path.startsWith(`/${tag}/`) && !firstAsked.has(h.path)) firstAsked.set(h.path, h.at)
    const times = [...firstAsked.values()]
    expect(times).toHaveLength(7)
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(35)
    expect(hits.filter((h) => h.path.endsWith('/no-head')).map((h) => h.method)).toEqual(['HEAD', 'GET'])

    // Within the day nothing is asked again; a day later it is, and "broken since" keeps its first day.
    const before = hits.length
    expect((await checkLinks(payload, { ...options, now: new Date(now.getTime() + 3_600_000) })).checked).toBe(0)
    expect(hits.length).toBe(before)
    const later = new Date(now.getTime() + 25 * 3_600_000)
    expect((await checkLinks(payload, { ...options, now: later })).checked).toBe(8)
    expect((await records()).get(url('missing'))!.firstBrokenAt).toBe(now.toISOString())

    // Taken out of the release: no longer listed.
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { body: body(url('ok')) },
    })
    await checkLinks(payload, { ...options, now: later })
    expect([...(await records()).keys()]).toEqual([url('ok')])
  })

  it('never visits this machine or a private network unless told to (tests only)', async () => {
    expect(await probe(`${base}/x/ok`)).toMatchObject({
      ok: false,
      problem: 'Points at a private network address: not checked',
    })
  })

  it('is queued once a day, however many runners look', async () => {
    await payload.delete({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'checkLinks' } },
    })
    const now = new Date()
    const looks = await Promise.all([queueDailyLinkCheck(payload, now), queueDailyLinkCheck(payload, now)])
    expect(looks.filter(Boolean)).toHaveLength(1)
    expect(await queueDailyLinkCheck(payload, new Date(now.getTime() + 2 * 3_600_000))).toBe(false)
    expect(
      (
        await payload.count({
          collection: 'payload-jobs',
          overrideAccess: true,
          where: { taskSlug: { equals: 'checkLinks' } },
        })
      ).totalDocs,
    ).toBe(1)
    await payload.delete({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'checkLinks' } },
    })
  })
})
