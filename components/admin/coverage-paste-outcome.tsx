import type { LoggedStory } from '@/lib/coverage/log-pasted'
import type { SkippedLine } from '@/lib/coverage/parse-addresses'

/** What a paste logged (each a link to fill in its headline) and what it skipped, with why. */
export function CoveragePasteOutcome({
  added,
  skipped,
  admin,
}: {
  added: LoggedStory[]
  skipped: SkippedLine[]
  admin: string
}) {
  return (
    <div role="status">
      <p>
        {added.length === 1 ? 'Logged 1 story' : `Logged ${added.length} stories`}
        {added.length ? ': add each headline (and reach, if known) on its row.' : '.'}
      </p>
      {added.length > 0 && (
        <ul>
          {added.map((story) => (
            <li key={story.id}>
              <a href={`${admin}/collections/coverage/${story.id}`}>{story.outlet}</a>: {story.url}
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <>
          <p>Skipped {skipped.length === 1 ? '1 line' : `${skipped.length} lines`}:</p>
          <ul>
            {skipped.map((s, i) => (
              <li key={i}>
                {s.line}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
