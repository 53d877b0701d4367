import type { ReactNode } from 'react'
import { siteMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: the form is rendered per request (it carries a signed start time).
export const generateMetadata = siteMetadata

export default function EnquiriesLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
