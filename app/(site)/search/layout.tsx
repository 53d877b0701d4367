import type { ReactNode } from 'react'
import { siteMetadata } from '@/components/site-shell'

// Outside the cached [variant] pages: every search is rendered for its request.
export const generateMetadata = siteMetadata

export default function SearchLayout({ children }: { children: ReactNode }) {
  return children
}
