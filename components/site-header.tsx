import Link from 'next/link'

export function SiteHeader({ organisationName }: { organisationName: string }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap header-inner">
          <Link href="/" className="brand">
            {organisationName} <span className="brand-sub">Newsroom</span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link href="/news">News</Link>
              </li>
              <li>
                <Link href="/topics">Topics</Link>
              </li>
              <li>
                <Link href="/contacts">Press contacts</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
    </>
  )
}
