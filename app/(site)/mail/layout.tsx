import type { ReactNode } from 'react'
import { siteMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: these answer one recipient's signed links, per request.
export const generateMetadata = siteMetadata

export default function MailLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
