import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { publicAnswerTags } from '../server/cache-tags.mjs'
import { withoutFrameworkScripts } from '../server/reading-pages.mjs'

const req = (url: string, method = 'GET') => ({ url, method }) as IncomingMessage
// A public page is read without the framework's scripts (server/next-server.mjs).
const readsWithoutScripts = (r: IncomingMessage, credentialed: boolean) => publicAnswerTags(r, credentialed) !== null

describe("reading pages without the framework's scripts", () => {
  it("takes out Next's scripts and script preloads, and keeps structured data and the site's own script", () => {
    const html = [
      '<head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/m.js"><link rel="stylesheet" href="/_next/s.css"/>',
      '<link rel="preload" href="/api/media/file/hero.jpg" as="image"/></head><body><p>Story</p>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script src="/_next/static/chunks/b.js" async=""></script><script>self.__next_f.push([1,"x"])</script>',
      '<script id="_R_">requestAnimationFrame(function(){})</script><SCRIPT SRC="/_next/c.js" noModule=""></SCRIPT>',
      '<script src="/assets/enhance.js" defer=""></script></body>',
    ].join('')
    const out = withoutFrameworkScripts(html)
    expect(out).not.toMatch(/_next\/static\/chunks\/[abm]\.js|__next_f|requestAnimationFrame|_next\/c\.js/)
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>')
    expect(out).toContain('<script src="/assets/enhance.js" defer=""></script>')
    expect(out).toContain('<link rel="stylesheet" href="/_next/s.css"/>')
    expect(out).toContain('<link rel="preload" href="/api/media/file/hero.jpg" as="image"/>')
    expect(out).toContain('<p>Story</p>')
  })

  it('is for anonymous readers of public pages only', () => {
    for (const url of ['/', '/news', '/news/a-story?x=1', '/topics/health', '/experts/dr-a', '/search?q=a'])
      expect(readsWithoutScripts(req(url), false), url).toBe(true)
    // Staff, anything that is not a read, and pages that are not public reading.
    expect(readsWithoutScripts(req('/news'), true)).toBe(false)
    expect(readsWithoutScripts(req('/news', 'POST'), false)).toBe(false)
    for (const url of ['/admin', '/admin/collections/releases', '/api/releases', '/preview/abc', '/subscribe'])
      expect(readsWithoutScripts(req(url), false), url).toBe(false)
    expect(readsWithoutScripts(req('/media-enquiries'), false)).toBe(false)
  })
})
