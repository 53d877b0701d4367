import type { UIFieldServerProps } from 'payload'
import { releaseFigures } from '@/lib/numbers/figures'
import { KIND_LABELS, READING_KINDS } from '@/lib/numbers/kinds'
import { formatDate } from '@/lib/time/dates'
import { ReleaseOutreach } from './release-outreach'

/** The release's honest numbers, on the release: all-time totals and the last fourteen days. */
export async function ReleaseFigures({ payload, id, req }: UIFieldServerProps) {
  if (!id) return <p>Figures appear once the release is saved and published.</p>
  const figures = await releaseFigures(payload, Number(id))
  const api = payload.config.routes.api
  return (
    <section className="release-figures" aria-labelledby="release-figures-heading">
      <h3 id="release-figures-heading">Figures for this release</h3>
      <p>
        Counted by the server for every reading, cached pages included; search engines, link previews and other robots
        are left out. A view is one request for the page, not one person. Updated every few seconds.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {READING_KINDS.map((k) => (
              <th scope="col" key={k}>
                {KIND_LABELS[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.days.map(({ day, counts }) => (
            <tr key={day}>
              <th scope="row">{formatDate(`${day}T12:00:00Z`)}</th>
              {READING_KINDS.map((k) => (
                <td key={k}>{counts[k]}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All time</th>
            {READING_KINDS.map((k) => (
              <td key={k}>{figures.total[k]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <ReleaseOutreach payload={payload} releaseId={Number(id)} />
      <p>
        <a href={`${api}/releases/figures.csv?release=${id}`}>Export this release’s last 90 days (CSV)</a> ·{' '}
        <a href={`${api}/releases/figures.csv`}>Export the last 90 days of every release (CSV)</a> ·{' '}
        <a href={`${req?.payload.config.routes.admin ?? '/admin'}/what-landed`}>What landed this week</a>
      </p>
    </section>
  )
}
