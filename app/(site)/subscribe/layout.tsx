import type { ReactNode } from 'react'
import { siteMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: these pages answer forms and signed links, per request.
export const generateMetadata = siteMetadata

export default function SubscribeLayout({ children }: { children: ReactNode }) {
  // Readers get these pages without the framework (server/reading-pages.mjs): focus on answers comes from here.
  return (
    <SiteShell>
      {children}
      <script src="/assets/enhance.js" defer />
    </SiteShell>
  )
}
