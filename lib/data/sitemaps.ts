import 'server-only'
import { unstable_cache } from 'next/cache'
import { siteUrl } from '../routes/site-url'
import { buildSitemapFile, buildSitemapRoot, sitemapShape } from '../sitemaps/build'
import { newsSitemapEntries } from '../sitemaps/entries'
import { newsSitemap } from '../sitemaps/xml'
import { payload } from './payload'
import { getSettings } from './settings'
import { TAGS } from './tags'

const VERSION = 'sitemap-3'

const base = async () => siteUrl((await getSettings()).siteUrl)

const tags = [TAGS.releases, TAGS.topics, TAGS.experts, TAGS.settings]
// Worked out once after a change, for the index and every file.
const shape = unstable_cache(async () => sitemapShape(await payload()), ['sitemap:shape', VERSION], { tags })

// Each file is cached on its own (the file number is part of the key), each under Next's 2 MB limit.
export const sitemapXml = unstable_cache(
  async () => buildSitemapRoot(await payload(), await base(), undefined, await shape()),
  ['sitemap:root', VERSION],
  {
    tags,
  },
)
export const sitemapPageXml = unstable_cache(
  async (file: number) => buildSitemapFile(await payload(), await base(), file, undefined, await shape()),
  ['sitemap:file', VERSION],
  { tags },
)

/** The two-day window moves with the clock, so this one also expires on its own every ten minutes. */
export const newsSitemapXml = unstable_cache(
  async () => {
    const settings = await getSettings()
    return newsSitemap(
      await newsSitemapEntries(await payload()),
      siteUrl(settings.siteUrl),
      `${settings.organisationName}`,
    )
  },
  ['sitemap:news', VERSION],
  { tags: [TAGS.releases, TAGS.settings], revalidate: 600 },
)
