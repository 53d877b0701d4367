import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { getSettings } from '@/lib/data/settings'
import { siteUrl } from '@/lib/site-url'

// Outside the cached [variant] pages: the form is rendered per request (it carries a signed start time).
export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = `${settings.organisationName} Newsroom`
  return { metadataBase: new URL(siteUrl(settings.siteUrl)), title: { default: name, template: `%s | ${name}` } }
}

export default async function EnquiriesLayout({ children }: { children: ReactNode }) {
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
