import type { ReactNode } from 'react'
import { shellMetadata } from '@/components/site-shell'

// Outside the cached [variant] pages: every search is rendered for its request.
export const generateMetadata = shellMetadata

export default function SearchLayout({ children }: { children: ReactNode }) {
  return children
}
