import type { CoverageRow, Reach } from '@/lib/numbers/coverage'
import { formatDate } from '@/lib/time/dates'

const number = (n: number) => n.toLocaleString('en-GB')
// Only a web address becomes a link: rows written past the field's check (SQL, an old import) stay plain text.
const isWeb = (url: string) => /^https?:\/\//i.test(url)
const shortAddress = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').slice(0, 60)

function ReachLine({ reach }: { reach: Reach }) {
  if (!reach.stories) return <p>No outlet reported a reach for these stories.</p>
  const partly = reach.stories < reach.of ? ` (given for ${reach.stories} of ${reach.of} stories)` : ''
  return (
    <p>
      Total reach, as the outlets report it: {number(reach.total)}
      {partly}.
    </p>
  )
}

/** Stories logged: outlet (to edit the row), headline (to the story itself), date and reach as reported. */
export function CoverageTable({
  rows,
  reach,
  admin,
  caption,
  withRelease = false,
}: {
  rows: CoverageRow[]
  reach: Reach
  admin: string
  caption: string
  withRelease?: boolean
}) {
  return (
    <>
      <table className="what-landed-table coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Headline</th>
            {withRelease && <th scope="col">Release</th>}
            <th scope="col">Date</th>
            <th scope="col">Reach</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={`${admin}/collections/coverage/${c.id}`}>{c.outlet}</a>
              </th>
              <td className="text-cell">
                {isWeb(c.url) ? (
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    {c.headline || shortAddress(c.url)}
                  </a>
                ) : (
                  c.headline || c.url
                )}
                {!c.headline && ' (no headline yet)'}
              </td>
              {withRelease && (
                <td className="text-cell">
                  <a href={`${admin}/collections/releases/${c.releaseId}`}>{c.releaseTitle}</a>
                </td>
              )}
              <td>{formatDate(c.date)}</td>
              <td>{c.reach === null ? '' : number(c.reach)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReachLine reach={reach} />
    </>
  )
}
