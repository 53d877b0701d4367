import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { getSettings } from '@/lib/data/settings'
import { siteUrl } from '@/lib/site-url'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** Metadata for pages rendered per request, outside the cached [variant] tree. */
export async function shellMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = `${settings.organisationName} Newsroom`
  return { metadataBase: new URL(siteUrl(settings.siteUrl)), title: { default: name, template: `%s | ${name}` } }
}

/** The site's header, main landmark and footer around a page rendered per request. */
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
