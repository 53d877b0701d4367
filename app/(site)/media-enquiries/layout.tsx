import type { ReactNode } from 'react'
import { siteMetadata, SiteShell } from '@/components/site-shell'

// Outside the cached [variant] pages: the form is rendered per request (it carries a signed start time).
export const generateMetadata = siteMetadata

export default function EnquiriesLayout({ children }: { children: ReactNode }) {
  // Readers get these pages without the framework (server/reading-pages.mjs): focus on answers comes from here.
  return (
    <SiteShell>
      {children}
      <script src="/assets/enhance.js" defer />
    </SiteShell>
  )
}
