import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './site.css'

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s' } }

// The root of the public site holds no data, so it can be built without a database.
export default function SiteRoot({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  )
}
