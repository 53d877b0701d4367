import { tryToParsePath } from 'next/dist/lib/try-to-parse-path'
import { describe, expect, it } from 'vitest'
import { validOldAddress } from '../lib/routes/old-address'
import { isDirect, PROXY_MATCHER } from '../lib/routes/table'
import { config } from '../proxy'

// Paths and whether Next serves them as they are (true) or the proxy rewrites them to a cached variant (false).
const SAMPLES: Array<[string, boolean]> = [
  ['/', false],
  ['/news', false],
  ['/news/a-story', false],
  ['/news/a-story/release.pdf', false],
  ['/topics/research', false],
  ['/contacts', false],
  ['/corrections', false],
  ['/admin', true],
  ['/admin/collections/releases', true],
  ['/api/releases', true],
  ['/_next/static/chunk.js', true],
  ['/search', true],
  ['/experts', true],
  ['/experts/jane-doe', true],
  ['/media-enquiries/thanks', true],
  ['/sitemap.xml', true],
  ['/sitemap/1', true],
  ['/robots.txt', true],
  ['/favicon.ico', true],
  // Prefixes are whole segments: these are pages that do not exist, answered by the cached tree's 404.
  ['/searchzz/anything', false],
  ['/adminx', false],
  ['/experts-old', false],
  ['/sitemapx', false],
  ['/robots.txt.bak', false],
]

describe('the route table', () => {
  it('is what the proxy’s literal matcher says', () => {
    expect(config.matcher[0]).toBe(PROXY_MATCHER)
  })

  it('sends each path the same way in the matcher Next compiles and in the proxy’s own check', () => {
    const { regexStr, error } = tryToParsePath(PROXY_MATCHER)
    expect(error).toBeUndefined()
    const proxied = new RegExp(regexStr!)
    for (const [path, direct] of SAMPLES) {
      expect(isDirect(path), path).toBe(direct)
      expect(proxied.test(path), `matcher on ${path}`).toBe(!direct)
    }
  })

  it('keeps old addresses off the site’s own pages, and only those', () => {
    for (const path of [
      '/',
      '/news',
      '/topics/',
      '/admin/x',
      '/experts',
      '/experts/jane-doe',
      '/search',
      '/sitemap.xml',
    ]) {
      expect(validOldAddress(path), path).not.toBe(true)
    }
    for (const path of ['/news/2019/old-story.html', '/press/item.php', '/searchable-archive', '/newsroom']) {
      expect(validOldAddress(path), path).toBe(true)
    }
  })
})
