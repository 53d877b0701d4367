import Link from 'next/link'

/** What a reader sees at an address with nothing public behind it, with the two ways on. */
export function NotFoundMessage() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or is not public yet.</p>
      <p>
        <Link href="/news">Browse all news</Link> or <Link href="/contacts">contact the press office</Link>.
      </p>
    </section>
  )
}
