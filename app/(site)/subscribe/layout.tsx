import type { ReactNode } from 'react'
import { siteMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: these pages answer forms and signed links, per request.
export const generateMetadata = siteMetadata

export default function SubscribeLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
