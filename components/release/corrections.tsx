import { amendmentsOf, correctionsOf, KIND_LABEL } from '@/lib/release/corrections'
import { formatDate } from '@/lib/time/dates'
import type { Release } from '@/payload-types'

/** The release's corrections and updates, in the order they were made; a reworded note shows its earlier wording. */
export function Corrections({ release }: { release: Pick<Release, 'corrections'> }) {
  const notes = correctionsOf(release)
  if (!notes.length) return null
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections and updates</h2>
      <ol>
        {notes.map((note) => (
          <li key={note.id ?? note.date}>
            <strong>{KIND_LABEL[note.kind] ?? 'Update'}</strong>,{' '}
            <time dateTime={note.date}>{formatDate(note.date)}</time>: {note.note}
            {amendmentsOf(note).map((earlier, i) => (
              <p key={i} className="corrections__amended">
                This note was reworded on <time dateTime={earlier.at}>{formatDate(earlier.at)}</time>. Earlier wording:
                “{earlier.note}”
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
