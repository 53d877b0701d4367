import type { ReactNode } from 'react'
import { shellMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: these pages answer forms and signed links, per request.
export const generateMetadata = shellMetadata

export default function SubscribeLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
