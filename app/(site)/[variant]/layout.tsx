import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { getSettings } from '@/lib/data/settings'
import { NEWS_FEED } from '@/lib/feeds/discovery'
import { siteUrl } from '@/lib/site-url'

// Every public page below renders on its first visit and is then served from Next's cache until a Payload hook
// invalidates one of its tags. Nothing here may read cookies, headers or search params.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = `${settings.organisationName} Newsroom`
  return {
    metadataBase: new URL(siteUrl(settings.siteUrl)),
    title: { default: name, template: `%s | ${name}` },
    description: `News releases, press contacts and media resources from ${settings.organisationName}.`,
    openGraph: { siteName: name, locale: 'en_GB', type: 'website' },
    alternates: { types: NEWS_FEED },
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await getSettings()
  return (
    <>
      <SiteHeader organisationName={settings.organisationName} />
      <main id="main" className="wrap main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
