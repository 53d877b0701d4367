import Link from 'next/link'
import type { ReactNode } from 'react'
import { getSettings } from '@/lib/data/settings'

// Every public page below renders on its first visit and is then served from Next's cache until a Payload hook
// invalidates one of its tags. Nothing here may read cookies, headers or search params.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await getSettings()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap header-inner">
          <Link href="/" className="brand">
            {settings.organisationName} <span>Newsroom</span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li><Link href="/news">News</Link></li>
              <li><Link href="/contacts">Press contacts</Link></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>© {settings.organisationName}</p>
        </div>
      </footer>
    </>
  )
}
