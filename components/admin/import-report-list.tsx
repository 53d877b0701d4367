import type { ImportReport, StoredImportReport } from '@/lib/import/types'

// What the import guessed comes first: it is what a person has to look at before the draft goes anywhere.
const SECTIONS: Array<[keyof Omit<ImportReport, 'source'>, string]> = [
  ['check', 'Please check'],
  ['recognised', 'Recognised'],
  ['repaired', 'Repaired'],
  ['leftOver', 'Left for you to check'],
  ['dropped', 'Dropped (page furniture)'],
]

/**
 * An import's report: what it guessed (with the evidence), found, fixed, could not place, and left out, each as a
 * short list. Reports saved before imports listed their guesses have no "Please check" list, and show without one.
 */
export function ImportReportList({ report, headingLevel = 3 }: { report: StoredImportReport; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="import-report">
      {SECTIONS.map(([key, label]) => {
        const lines = report[key]
        return lines?.length ? (
          <section key={key} className={`import-report__${key}`} aria-label={label}>
            <Heading>
              {label} ({lines.length})
            </Heading>
            <ul>
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null
      })}
    </div>
  )
}
