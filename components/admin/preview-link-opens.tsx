import type { UIFieldServerProps } from 'payload'
import { opensOf } from '@/lib/db/preview-opens'
import { formatEmbargo } from '@/lib/time/dates'

/**
 * Who opened this link and when: each opening with its time, readers told apart by a hash of their address and
 * browser (nothing personal is kept). No newsroom product shows a press office this.
 */
export async function PreviewLinkOpens({ payload, id }: UIFieldServerProps) {
  if (!id) return null
  const opens = await opensOf(payload, Number(id))
  return (
    <section className="preview-link-opens" aria-labelledby="preview-link-opens-heading">
      <h3 id="preview-link-opens-heading">Opened {opens.total === 1 ? 'once' : `${opens.total} times`}</h3>
      {opens.total ? (
        <>
          <p>
            By {opens.readers === 1 ? 'one reader' : `${opens.readers} different readers`} (told apart by a hash of
            their address and browser).
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Reader</th>
              </tr>
            </thead>
            <tbody>
              {opens.recent.map((open) => (
                <tr key={`${open.at}-${open.reader}`}>
                  <td>
                    <time dateTime={open.at}>{formatEmbargo(open.at)}</time>
                  </td>
                  <td>
                    <code>{open.reader.slice(0, 6)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>Nobody has opened it yet.</p>
      )}
    </section>
  )
}
