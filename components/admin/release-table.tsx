import Link from 'next/link'
import type { ReactNode } from 'react'

// Enough to see what is coming; the releases list has the rest.
export const DASHBOARD_LIMIT = 10

export type ReleaseRow = { key: string | number; id: number; title: string; at: string; detail: ReactNode }
type Props = {
  id: string
  heading: string
  empty: string
  atLabel: string
  detailLabel: string
  rows: ReleaseRow[]
  total?: number
}

/** One of the comms dashboard's lists: each release linked to its edit page, with a London time and a detail. */
export function ReleaseTable({ id, heading, empty, atLabel, detailLabel, rows, total = rows.length }: Props) {
  return (
    <section className="release-table" aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({total})
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Release</th>
              <th scope="col">{atLabel}</th>
              <th scope="col">{detailLabel}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <Link href={`/admin/collections/releases/${row.id}`}>{row.title}</Link>
                </td>
                <td>{row.at}</td>
                <td>{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
