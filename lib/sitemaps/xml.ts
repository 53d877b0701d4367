import { XMLBuilder } from 'fast-xml-parser'

// URLs per sitemap file. The protocol allows 50,000, but a file that size (about 8 MB) is over what Next keeps in its
// data cache (2 MB), so it would be rebuilt on every request; 5,000 URLs stay well under.
export const SITEMAP_FILE_SIZE = 5_000
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

export type SitemapEntry = { path: string; lastmod?: string | null }
export type NewsEntry = { path: string; title: string; published: string }

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
})
const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } }
const build = (root: Record<string, unknown>) => builder.build({ ...declaration, ...root }) as string
const day = (iso?: string | null) => (iso ? new Date(iso).toISOString() : undefined)

export const sitemapPagePath = (page: number) => `/sitemap/${page}.xml`

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** A urlset, written directly: a file of thousands of URLs is built in milliseconds, not tens of them. */
export function urlset(entries: SitemapEntry[], base: string): string {
  const urls = entries.map((e) => {
    const lastmod = day(e.lastmod)
    return `<url><loc>${escape(`${base}${e.path}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${NS}">${urls.join('')}</urlset>`
}

/** An index of the numbered files /sitemap/1.xml ... /sitemap/<files>.xml. */
export function sitemapIndex(files: number, base: string): string {
  const sitemap = Array.from({ length: files }, (_, i) => ({ loc: `${base}${sitemapPagePath(i + 1)}` }))
  return build({ sitemapindex: { '@_xmlns': NS, sitemap } })
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
