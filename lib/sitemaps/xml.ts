import { XMLBuilder } from 'fast-xml-parser'

// The sitemap protocol's limit per file; over it, /sitemap.xml becomes an index of numbered files.
export const SITEMAP_LIMIT = 50_000
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

export type SitemapEntry = { path: string; lastmod?: string | null }
export type NewsEntry = { path: string; title: string; published: string }

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true, processEntities: true })
const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } }
const build = (root: Record<string, unknown>) => builder.build({ ...declaration, ...root }) as string
const day = (iso?: string | null) => (iso ? new Date(iso).toISOString() : undefined)

export const sitemapPages = (count: number, pageSize = SITEMAP_LIMIT) => Math.max(1, Math.ceil(count / pageSize))
export const sitemapPagePath = (page: number) => `/sitemap/${page}.xml`

function urlset(entries: SitemapEntry[], base: string): string {
  return build({ urlset: { '@_xmlns': NS, url: entries.map((e) => ({ loc: `${base}${e.path}`, lastmod: day(e.lastmod) })) } })
}

/**
 * /sitemap.xml: every URL while they fit in one file; beyond that, an index pointing at /sitemap/1.xml, 2.xml ...
 * each holding `pageSize` URLs (a parameter so tests can cross the line with a handful of releases).
 */
export function sitemapRoot(entries: SitemapEntry[], base: string, pageSize = SITEMAP_LIMIT): string {
  const pages = sitemapPages(entries.length, pageSize)
  if (pages === 1) return urlset(entries, base)
  const sitemap = Array.from({ length: pages }, (_, i) => {
    const chunk = entries.slice(i * pageSize, (i + 1) * pageSize)
    const lastmod = chunk.map((e) => e.lastmod ?? '').sort().at(-1)
    return { loc: `${base}${sitemapPagePath(i + 1)}`, lastmod: day(lastmod || undefined) }
  })
  return build({ sitemapindex: { '@_xmlns': NS, sitemap } })
}

/** One numbered file of a sitemap index, or null when there is no such page (or no index at all). */
export function sitemapPage(entries: SitemapEntry[], base: string, page: number, pageSize = SITEMAP_LIMIT): string | null {
  const pages = sitemapPages(entries.length, pageSize)
  if (pages === 1 || !Number.isSafeInteger(page) || page < 1 || page > pages) return null
  return urlset(entries.slice((page - 1) * pageSize, page * pageSize), base)
}

/** Google News sitemap: releases published in the last two days, with the publication's name and language. */
export function newsSitemap(entries: NewsEntry[], base: string, publication: string): string {
  const url = entries.map((e) => ({
    loc: `${base}${e.path}`,
    'news:news': {
      'news:publication': { 'news:name': publication, 'news:language': 'en' },
      'news:publication_date': new Date(e.published).toISOString(),
      'news:title': e.title,
    },
  }))
  return build({ urlset: { '@_xmlns': NS, '@_xmlns:news': NEWS_NS, url } })
}
