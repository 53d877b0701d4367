import type { ReactNode } from 'react'
import { shellMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: the form is rendered per request (it carries a signed start time).
export const generateMetadata = shellMetadata

export default function EnquiriesLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
