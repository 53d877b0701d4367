import type { ReactNode } from 'react'
import { SiteShell, siteMetadata } from '@/components/site-shell'

// Every public page below renders on its first visit and is then served from Next's cache until a Payload hook
// invalidates one of its tags. Nothing here may read cookies, headers or search params.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []
export const generateMetadata = siteMetadata

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
