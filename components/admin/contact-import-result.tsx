import type { ImportResult } from '@/lib/contacts-book/apply-import'

/** What the import did; any row the database refused is listed with its reason, as it is not in the book. */
export function ContactImportResult({ result }: { result: ImportResult }) {
  const { added, updated, failed } = result.counts
  const refused = result.rows.filter((r) => r.outcome === 'failed')
  return (
    <section aria-labelledby="contact-import-result-heading" role="status">
      <h3 id="contact-import-result-heading">Imported</h3>
      <p>{`${added} added, ${updated} updated${failed ? `, ${failed} could not be saved` : ''}.`}</p>
      {refused.length > 0 && (
        <ul>
          {refused.map((r) => (
            <li key={r.row}>{`Row ${r.row} (${r.email}): ${r.error}`}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
