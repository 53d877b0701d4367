import type { Metadata } from 'next'
import { PreviewUnavailable } from '@/components/preview/preview-unavailable'

export const metadata: Metadata = { title: 'Preview not available', robots: { index: false, follow: false } }

// What a journalist with a dead preview link gets (server/not-found-page.mjs), as a whole page: see ../page.tsx.
export default function PreviewLinkGone() {
  return <PreviewUnavailable reason="gone" />
}
