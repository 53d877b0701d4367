import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { publicAnswerTags } from '../server/cache-tags.mjs'
import { sentWithoutFramework, withoutFrameworkScripts } from '../server/reading-pages.mjs'

const req = (url: string, method = 'GET') => ({ url, method }) as IncomingMessage
// As server/next-server.mjs decides: tags read once, then whether the answer goes without the framework's scripts.
const readsWithoutScripts = (r: IncomingMessage, credentialed: boolean) =>
  sentWithoutFramework(r, credentialed, publicAnswerTags(r, credentialed))

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
    for (const url of ['/admin', '/admin/collections/releases', '/api/releases', '/preview/abc', '/subscribe/manage'])
      expect(readsWithoutScripts(req(url), false), url).toBe(false)
  })

  it('takes in the public forms and their answers, as Next routes their addresses, for anonymous readers only', () => {
    for (const url of [
      '/media-enquiries',
      '/media-enquiries/?release=a',
      '//subscribe',
      '/%73ubscribe',
      '/subscribe?topic=x',
    ])
      for (const method of ['GET', 'HEAD', 'POST']) expect(readsWithoutScripts(req(url, method), false), url).toBe(true)
    expect(readsWithoutScripts(req('/media-enquiries/thanks?ref=ENQ-2026-00001'), false)).toBe(true)
    // Staff get the forms as Next made them; other methods and other pages under the forms are not touched.
    expect(readsWithoutScripts(req('/subscribe', 'POST'), true)).toBe(false)
    expect(readsWithoutScripts(req('/subscribe', 'PUT'), false)).toBe(false)
    for (const url of ['/subscribe/confirm?token=a', '/subscribe/manage?token=a', '/media-enquiries/too-many'])
      expect(readsWithoutScripts(req(url), false), url).toBe(false)
    // The forms' answers are personal: no shared cache keeps them.
    expect(publicAnswerTags(req('/media-enquiries'), false)).toBeNull()
  })
})
