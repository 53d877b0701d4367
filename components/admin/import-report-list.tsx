import type { ImportReport } from '@/lib/import/types'

const SECTIONS: Array<[keyof Omit<ImportReport, 'source'>, string]> = [
  ['recognised', 'Recognised'],
  ['repaired', 'Repaired'],
  ['leftOver', 'Left for you to check'],
  ['dropped', 'Dropped (page furniture)'],
]

/** An import's report: what it found, fixed, could not place, and left out, each as a short list. */
export function ImportReportList({ report, headingLevel = 3 }: { report: ImportReport; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="import-report">
      {SECTIONS.map(([key, label]) =>
        report[key]?.length ? (
          <section key={key} className={`import-report__${key}`} aria-label={label}>
            <Heading>
              {label} ({report[key].length})
            </Heading>
            <ul>
              {report[key].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  )
}
