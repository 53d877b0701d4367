import Link from 'next/link'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string }

/** Real links (no JavaScript needed), with the current page marked for assistive technology. */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === totalPages || Math.abs(p - page) <= 2,
  )
  return (
    <nav className="pagination" aria-label="Pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p}>
            {i > 0 && p - pages[i - 1] > 1 ? <span aria-hidden="true">… </span> : null}
            {p === page ? (
              <span aria-current="page">
                <span className="visually-hidden">Page </span>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)}>
                <span className="visually-hidden">Page </span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
