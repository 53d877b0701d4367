import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { feedReleases } from '../lib/feeds/feed-releases'
import { buildRss } from '../lib/feeds/rss'
import { buildSitemapFile, buildSitemapRoot } from '../lib/sitemaps/build'
import { newsSitemapEntries, publicReleaseCount } from '../lib/sitemaps/entries'
import { robotsTxt } from '../lib/sitemaps/robots'
import { newsSitemap } from '../lib/sitemaps/xml'
import { demoImage } from '../seed/images'
import { rareWord } from './support/discovery'
import { makeRelease } from './support/factories'
import { testPayload } from './support/payload'

const BASE = 'https://news.example.test'
const channel = {
  title: 'Harrowmere Newsroom',
  description: 'News',
  base: BASE,
  path: '/news',
  feedPath: '/news/feed.xml',
  copyright: '© Harrowmere',
}
const quiet = { overrideAccess: true, context: { disableRevalidate: true } } as const
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('RSS feeds', () => {
  it('is valid RSS 2.0 with title, link, summary, date, categories and the hero image', async () => {
    const word = rareWord()
    const topic = await payload.create({ collection: 'topics', ...quiet, data: { name: `Kelp & ${word}` } })
    const hero = await payload.create({
      collection: 'media',
      ...quiet,
      data: { alt: 'A test picture' },
      file: { data: await demoImage(200, 'Feed'), mimetype: 'image/jpeg', name: `${word}.jpg`, size: 0 },
    })
    const release = await makeRelease(payload, {
      title: `Feed <test> & "${word}"`,
      summary: `Summary with <b>markup</b> & ${word}.`,
      topics: [topic.id],
      heroImage: hero.id,
    })
    const draft = await makeRelease(payload, { title: `Draft ${word}` }, true)
    const xml = buildRss(channel, await feedReleases(payload))
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe('Harrowmere Newsroom')
    expect(feed.items.length).toBeLessThanOrEqual(50)
    const item = feed.items.find((i) => i.link === `${BASE}/news/${release.slug}`)
    expect(item).toMatchObject({ title: release.title, content: release.summary, categories: [topic.name] })
    // RSS dates (RFC 822) are to the second.
    expect(new Date(item!.isoDate!).getTime()).toBe(Math.floor(new Date(release.releaseDate!).getTime() / 1000) * 1000)
    expect(item!.enclosure?.url).toMatch(new RegExp(`^${BASE}/.+\\.jpg$`))
    expect(item!.enclosure?.type).toBe('image/jpeg')
    expect(feed.items.some((i) => i.title === draft.title)).toBe(false)

    // Renamed, and a typo fixed: the same item to a feed reader (its identity and date stay), at its new address.
    const renamed = await payload.update({
      collection: 'releases',
      id: release.id,
      ...quiet,
      data: { slug: `${release.slug}-renamed`, title: `${release.title} (fixed)`, _status: 'published' },
    })
    const again = await new Parser().parseString(buildRss(channel, await feedReleases(payload)))
    const same = again.items.find((i) => i.guid === item!.guid)
    expect(same).toMatchObject({ link: `${BASE}/news/${renamed.slug}`, isoDate: item!.isoDate })
  })

  it('keeps a topic feed to its topic and leaves out embargoed releases', async () => {
    const word = rareWord()
    const topic = await payload.create({ collection: 'topics', ...quiet, data: { name: `Topic ${word}` } })
    const on = await makeRelease(payload, { topics: [topic.id] })
    const embargoed = await makeRelease(payload, {
      topics: [topic.id],
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await makeRelease(payload)
    const feed = await new Parser().parseString(buildRss(channel, await feedReleases(payload, { topicId: topic.id })))
    expect(feed.items.map((i) => i.title)).toEqual([on.title])
    expect(feed.items.map((i) => i.title)).not.toContain(embargoed.title)
  })
})

describe('sitemaps and robots.txt', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) })
  const locs = (xml: string) => (parser.parse(xml).urlset.url as { loc: string }[]).map((u) => u.loc)

  it('lists public pages, topics and releases, and nothing the public cannot see', async () => {
    const published = await makeRelease(payload)
    const draft = await makeRelease(payload, {}, true)
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })
    const xml = await buildSitemapRoot(payload, BASE)
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = locs(xml)
    expect(urls).toEqual(
      expect.arrayContaining([
        `${BASE}/`,
        `${BASE}/news`,
        `${BASE}/topics`,
        `${BASE}/contacts`,
        `${BASE}/news/${published.slug}`,
      ]),
    )
    expect(urls).not.toContain(`${BASE}/news/${draft.slug}`)
    expect(urls).not.toContain(`${BASE}/news/${embargoed.slug}`)
    expect(urls.some((u) => /\/(admin|api|preview|search)/.test(u))).toBe(false)
    expect(await buildSitemapFile(payload, BASE, 1)).toBeNull()
  })

  it('becomes an index of numbered files, each built on its own, past the per-file size', async () => {
    const draft = await makeRelease(payload, {}, true)
    const embargoed = await makeRelease(payload, { embargoUntil: new Date(Date.now() + 3_600_000).toISOString() })
    const size = 5
    const whole = locs(await buildSitemapRoot(payload, BASE, 100_000))
    const index = parser.parse(await buildSitemapRoot(payload, BASE, size)).sitemapindex.sitemap as { loc: string }[]
    const files = 1 + Math.ceil((await publicReleaseCount(payload)) / size)
    expect(index.map((s) => s.loc)).toEqual(Array.from({ length: files }, (_, i) => `${BASE}/sitemap/${i + 1}.xml`))
    const parts = await Promise.all(index.map((_, i) => buildSitemapFile(payload, BASE, i + 1, size)))
    const all = parts.flatMap((xml) => locs(xml!))
    // The same URLs as one file would hold, each once; no file over the size but the first (pages and topics).
    expect(all).toEqual(whole)
    expect(parts.slice(1).every((xml) => locs(xml!).length <= size)).toBe(true)
    expect(all).not.toContain(`${BASE}/news/${draft.slug}`)
    expect(all).not.toContain(`${BASE}/news/${embargoed.slug}`)
    expect(await buildSitemapFile(payload, BASE, files + 1, size)).toBeNull()
    expect(await buildSitemapFile(payload, BASE, 0, size)).toBeNull()
  })

  it('has a Google News sitemap of the last two days', async () => {
    const fresh = await makeRelease(payload, { title: `Fresh & new ${rareWord()}` })
    const old = await makeRelease(payload, { releaseDate: new Date(Date.now() - 5 * 24 * 3600_000).toISOString() })
    const xml = newsSitemap(await newsSitemapEntries(payload), BASE, 'Harrowmere University')
    expect(XMLValidator.validate(xml)).toBe(true)
    const urls = parser.parse(xml).urlset.url as Array<{ loc: string; 'news:news': Record<string, unknown> }>
    const entry = urls.find((u) => u.loc === `${BASE}/news/${fresh.slug}`)
    expect(entry?.['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Harrowmere University', 'news:language': 'en' },
      'news:title': fresh.title,
    })
    expect(urls.some((u) => u.loc.endsWith(`/news/${old.slug}`))).toBe(false)
  })

  it('keeps crawlers out of the admin, the API and preview links, and names the sitemaps', () => {
    const robots = robotsTxt(BASE)
    for (const path of ['/admin', '/api', '/preview']) expect(robots).toContain(`Disallow: ${path}\n`)
    // Public pictures and files (og:image, feed enclosures) are reachable; the rest of the API is not.
    expect(robots).toContain('Allow: /api/media/file/\n')
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`)
    expect(robots).toContain(`Sitemap: ${BASE}/sitemap-news.xml`)
  })
})
