import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './site.css'

// Icons and the web manifest are plain files in public/, served as they are by Next and by the Docker image.
export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s' },
  icons: {
    icon: [
      { url: '/icon.svg', type: 'image/svg+xml' },
      { url: '/favicon-32.png', sizes: '32x32' },
    ],
    apple: '/apple-touch-icon.png',
  },
  manifest: '/manifest.webmanifest',
}

// The root of the public site holds no data, so it can be built without a database.
export default function SiteRoot({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  )
}
