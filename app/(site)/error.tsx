'use client'

import Link from 'next/link'

// Shown when a page cannot be made, most often because the database is briefly away: the server then answers 503
// with Retry-After (server/database-probe.mjs), and the reader is told to try again rather than that all is lost.
export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <main id="main" className="wrap main">
      <section className="not-found" role="alert">
        <h1>This page is temporarily unavailable</h1>
        <p>The newsroom could not load it just now. Please try again in a minute.</p>
        <p>
          <button type="button" className="button" onClick={() => reset()}>
            Try again
          </button>{' '}
          or go to the <Link href="/">newsroom home page</Link>.
        </p>
      </section>
    </main>
  )
}
