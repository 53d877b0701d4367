import Link from 'next/link'

export function SiteHeader({ organisationName, query }: { organisationName: string; query?: string }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap header-inner">
          {/* No prefetching from the header: prefetching the home page made every page preload its featured hero. */}
          <Link href="/" className="brand" prefetch={false}>
            {organisationName} <span className="brand-sub">Newsroom</span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link href="/news" prefetch={false}>
                  News
                </Link>
              </li>
              <li>
                <Link href="/topics" prefetch={false}>
                  Topics
                </Link>
              </li>
              <li>
                <Link href="/experts" prefetch={false}>
                  Experts
                </Link>
              </li>
              <li>
                <Link href="/contacts" prefetch={false}>
                  Press contacts
                </Link>
              </li>
              <li>
                <Link href="/subscribe" prefetch={false}>
                  Email alerts
                </Link>
              </li>
            </ul>
          </nav>
          {/* A plain GET form: works without JavaScript and gives a shareable address. */}
          <form className="header-search" role="search" aria-label="Site search" method="get" action="/search">
            <label htmlFor="site-search" className="visually-hidden">
              Search the newsroom
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              maxLength={200}
              defaultValue={query}
              placeholder="Search news"
            />
            <button type="submit" className="button">
              Search
            </button>
          </form>
        </div>
      </header>
    </>
  )
}
