import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/not-found-message'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

// The not-found page as a whole page, for server/not-found-page.mjs to send with every 404: Next writes the
// not-found boundary's markup into the page only through its script, so without this a 404 read without
// JavaScript would be blank. Asked for by anyone else, the proxy answers 404.
export default function PageNotFound() {
  return <NotFoundMessage />
}
