import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { purgeSharedCache } from '../lib/cache/purge'
import { TAGS } from '../lib/data/tags'
import { boundSharedCaching, cacheControlFor } from '../server/cache-headers.mjs'
import { carriesCredentials } from '../server/credentials.mjs'

describe('what a shared cache in front may keep', () => {
  it('keeps a page at most CDN_MAX_AGE seconds in all, half of it stale while it fetches again', () => {
    expect(cacheControlFor(60)).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    expect(cacheControlFor(1)).toBe('public, max-age=0, s-maxage=1')
    expect(cacheControlFor(0)).toBe('public, max-age=0, s-maxage=0')
  })

  it("replaces Next's year-long s-maxage on the way out, and leaves private answers alone", async () => {
    const server = createServer((req, res) => {
      boundSharedCaching(res, 60, carriesCredentials(req.headers))
      if (req.url === '/page') res.setHeader('Cache-Control', 's-maxage=31536000, stale-while-revalidate')
      if (req.url === '/head') return res.writeHead(200, { 'Cache-Control': 's-maxage=31536000' }).end()
      if (req.url === '/private') res.setHeader('Cache-Control', 'private, no-cache, no-store')
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const header = async (path: string) => (await fetch(base + path)).headers.get('cache-control')
    expect(await header('/page')).toBe(cacheControlFor(60))
    expect(await header('/head')).toBe(cacheControlFor(60))
    expect(await header('/private')).toBe('private, no-cache, no-store')
    // Asked with anything credential-like, however the cookie is spelled: not for a shared cache.
    for (const cookie of ['payload-token=x', 'payload-token =x', 'a=1; PAYLOAD%2Dtoken=x'])
      expect(await (await fetch(`${base}/page`, { headers: { cookie } })).headers.get('cache-control'), cookie).toBe(
        'private, no-store',
      )
    expect((await fetch(`${base}/page`, { headers: { authorization: 'Bearer x' } })).headers.get('cache-control')).toBe(
      'private, no-store',
    )
    server.close()
  })

  it('purges the pages a change touched, when a purge address is set', async () => {
    const purged: string[] = []
    const server = createServer((req, res) => {
      if (req.method === 'PURGE') purged.push(req.url!)
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    await purgeSharedCache(
      [TAGS.releases, TAGS.release('a-story')],
      undefined,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    )
    expect(purged.sort()).toEqual(
      [
        '/',
        '/news',
        '/news/a-story',
        '/news/a-story/card.png',
        '/news/a-story/release.txt',
        '/news/feed.xml',
        '/sitemap-news.xml',
        '/sitemap.xml',
        '/topics',
      ].sort(),
    )
    // With nothing listening, a purge fails quietly: the page ages out instead.
    await purgeSharedCache([TAGS.releases], undefined, 'http://127.0.0.1:1')
    server.close()
  })
})
