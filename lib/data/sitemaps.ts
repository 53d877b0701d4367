import 'server-only'
import { unstable_cache } from 'next/cache'
import { newsSitemapEntries, sitemapEntries } from '../sitemaps/entries'
import { newsSitemap, sitemapPage, sitemapRoot } from '../sitemaps/xml'
import { siteUrl } from '../site-url'
import { payload } from './payload'
import { getSettings } from './settings'
import { TAGS } from './tags'

const VERSION = 'sitemap-1'

const entries = unstable_cache(async () => sitemapEntries(await payload()), ['sitemap:entries', VERSION], {
  tags: [TAGS.releases, TAGS.topics],
})

const base = async () => siteUrl((await getSettings()).siteUrl)

export const sitemapXml = async () => sitemapRoot(await entries(), await base())
export const sitemapPageXml = async (page: number) => sitemapPage(await entries(), await base(), page)

/** The two-day window moves with the clock, so this one also expires on its own every ten minutes. */
export const newsSitemapXml = unstable_cache(
  async () => {
    const settings = await getSettings()
    return newsSitemap(await newsSitemapEntries(await payload()), siteUrl(settings.siteUrl), `${settings.organisationName}`)
  },
  ['sitemap:news', VERSION],
  { tags: [TAGS.releases, TAGS.settings], revalidate: 600 },
)
