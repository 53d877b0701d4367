import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { getSettings } from '@/lib/data/settings'
import { NEWS_FEED } from '@/lib/feeds/discovery'
import { siteShareImage } from '@/lib/routes/share-image'
import { siteUrl } from '@/lib/routes/site-url'
import { newsroomName } from '@/lib/text/newsroom-name'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** The metadata every public page starts from, cached or rendered per request; pages add their own. */
export async function siteMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = newsroomName(settings)
  const base = siteUrl(settings.siteUrl)
  return {
    metadataBase: new URL(base),
    title: { default: name, template: `%s | ${name}` },
    description: `News releases, press contacts and media resources from ${settings.organisationName}.`,
    openGraph: { siteName: name, locale: 'en_GB', type: 'website', images: [siteShareImage(base, name)] },
    alternates: { types: NEWS_FEED },
  }
}

/** The site's header, main landmark and footer around every public page. */
export async function SiteShell({ children, query }: { children: ReactNode; query?: string }) {
  const settings = await getSettings()
  return (
    <>
      <SiteHeader organisationName={settings.organisationName} query={query} />
      <main id="main" className="wrap main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
