import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { purgeSharedCache } from '../lib/cache/purge'
import { TAGS } from '../lib/data/tags'
import { boundSharedCaching, cacheControlFor } from '../server/cache-headers.mjs'
import { tagsForPath } from '../server/cache-tags.mjs'
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

  it('purges by tag, with one request to each cache named, however many addresses the tags reach', async () => {
    const purged: { method?: string; key?: string | string[] }[] = []
    const server = createServer((req, res) => {
      purged.push({ method: req.method, key: req.headers['surrogate-key'] })
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    await purgeSharedCache([TAGS.releases, TAGS.release('a-story'), TAGS.releases], undefined, `${base}, ${base}/`)
    expect(purged).toEqual([
      { method: 'PURGE', key: 'releases release:a-story' },
      { method: 'PURGE', key: 'releases release:a-story' },
    ])
    // With nothing listening, a purge fails quietly: the page ages out instead.
    await purgeSharedCache([TAGS.releases], undefined, 'http://127.0.0.1:1')
    server.close()
  })
})

describe('which tags an address carries (server/cache-tags.mjs)', () => {
  const release = TAGS.release('a-story')
  it('names the release on every address built from it, however the address is spelled', () => {
    for (const path of [
      '/news/a-story',
      '/news/a-story/',
      '/news//a-story',
      '//news/a-story',
      '/news/%61-story',
      '/news/a-story/release.txt',
      '/news/a-story/release.pdf',
      '/news/a-story/press-kit.zip',
      '/news/a-story/card.png',
    ])
      expect(tagsForPath(path), path).toEqual(expect.arrayContaining([release, TAGS.releases, TAGS.settings]))
  })

  it('names releases on every list, feed and sitemap that shows them, and the chrome on every page', () => {
    for (const path of ['/', '/news', '/news/feed.xml', '/topics', '/topics/health', '/topics/health/feed.xml'])
      expect(tagsForPath(path), path).toEqual(expect.arrayContaining([TAGS.releases, TAGS.settings, TAGS.onCall]))
    for (const path of ['/sitemap.xml', '/sitemap-news.xml', '/sitemap/releases/1.xml', '/corrections'])
      expect(tagsForPath(path), path).toContain(TAGS.releases)
    expect(tagsForPath('/experts/dr-a')).toEqual(expect.arrayContaining([TAGS.experts, TAGS.onCall]))
    expect(tagsForPath('/contacts')).toEqual(expect.arrayContaining([TAGS.contacts, TAGS.onCall]))
    // A made-up address may become an old address that redirects.
    expect(tagsForPath('/no-such-page')).toContain(TAGS.redirects)
    // A picture is public as long as a public release, a press contact or a listed expert uses it.
    expect(tagsForPath('/api/media/file/a.jpg')).toEqual(
      expect.arrayContaining([TAGS.media, TAGS.releases, TAGS.contacts, TAGS.experts]),
    )
  })

  it('offers nothing for a shared cache to keep from staff, forms, personal links or the API', () => {
    for (const path of [
      '/admin',
      '/admin/collections/releases',
      '/api/releases',
      '/api/graphql',
      '/API/releases'.toLowerCase(),
      '/preview/abc',
      '/mail/open/abc',
      '/subscribe',
      '/media-enquiries',
      '/%61dmin',
      '//api/releases',
    ])
      expect(tagsForPath(path), path).toBeNull()
  })
})
