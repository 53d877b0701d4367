import type { UIFieldServerProps } from 'payload'
import { opensOf, type OpenKind } from '@/lib/db/preview-opens'
import { formatEmbargo } from '@/lib/time/dates'

const KIND: Record<OpenKind, string> = {
  person: 'Before the lift',
  robot: 'Robot or link scanner',
  prefetch: 'Browser prefetch',
  'after-lift': 'After the release went public',
}
const times = (n: number) => (n === 1 ? 'once' : `${n} times`)

/**
 * Who opened this link and when, as people: each opening with its time, the browser family and whether it was
 * before or after the lift, readers told apart by a hash of their address and browser (nothing personal is kept).
 * Robots, mail link scanners, prefetches and openings after the release went public are counted apart, and a
 * reader coming back within ten minutes counts once, so "opened 3 times" means three readings.
 */
export async function PreviewLinkOpens({ payload, id }: UIFieldServerProps) {
  if (!id) return null
  const opens = await opensOf(payload, Number(id))
  const others = [
    opens.robots ? `${times(opens.robots)} by robots and mail link scanners` : null,
    opens.prefetches ? `${times(opens.prefetches)} by a browser fetching ahead` : null,
    opens.afterLift ? `${times(opens.afterLift)} after the release went public` : null,
  ].filter(Boolean)
  return (
    <section className="preview-link-opens" aria-labelledby="preview-link-opens-heading">
      <h3 id="preview-link-opens-heading">
        {opens.visits ? `Opened ${times(opens.visits)}` : 'Nobody has opened it yet'}
      </h3>
      {opens.visits ? (
        <p>
          By {opens.readers === 1 ? 'one reader' : `${opens.readers} different readers`} (told apart by a hash of their
          address and browser; a reader coming back within ten minutes counts once).
        </p>
      ) : null}
      {others.length ? <p>Not counted: {others.join('; ')}.</p> : null}
      {opens.recent.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Opened</th>
              <th scope="col">Browser</th>
              <th scope="col">Reader</th>
            </tr>
          </thead>
          <tbody>
            {opens.recent.map((open) => (
              <tr key={`${open.at}-${open.reader}-${open.kind}`}>
                <td>
                  <time dateTime={open.at}>{formatEmbargo(open.at)}</time>
                </td>
                <td>{KIND[open.kind] ?? open.kind}</td>
                <td>{open.browser || 'unknown'}</td>
                <td>
                  <code>{open.reader.slice(0, 6)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
