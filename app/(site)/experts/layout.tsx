import type { ReactNode } from 'react'
import { SiteShell, siteMetadata } from '@/components/site-shell'

// Outside the [variant] tree: the directory is searched per request; each profile is cached on its own.
export const generateMetadata = siteMetadata

export default function ExpertsLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
