import 'server-only'
import { unstable_cache } from 'next/cache'
import { buildSitemapFile, buildSitemapRoot } from '../sitemaps/build'
import { newsSitemapEntries } from '../sitemaps/entries'
import { newsSitemap } from '../sitemaps/xml'
import { siteUrl } from '../site-url'
import { payload } from './payload'
import { getSettings } from './settings'
import { TAGS } from './tags'

const VERSION = 'sitemap-2'

const base = async () => siteUrl((await getSettings()).siteUrl)

// Each file is cached on its own (the file number is part of the key), each under Next's 2 MB limit.
export const sitemapXml = unstable_cache(async () => buildSitemapRoot(await payload(), await base()), ['sitemap:root', VERSION], {
  tags: [TAGS.releases, TAGS.topics, TAGS.settings],
})
export const sitemapPageXml = unstable_cache(
  async (file: number) => buildSitemapFile(await payload(), await base(), file),
  ['sitemap:file', VERSION],
  { tags: [TAGS.releases, TAGS.topics, TAGS.settings] },
)

/** The two-day window moves with the clock, so this one also expires on its own every ten minutes. */
export const newsSitemapXml = unstable_cache(
  async () => {
    const settings = await getSettings()
    return newsSitemap(await newsSitemapEntries(await payload()), siteUrl(settings.siteUrl), `${settings.organisationName}`)
  },
  ['sitemap:news', VERSION],
  { tags: [TAGS.releases, TAGS.settings], revalidate: 600 },
)
