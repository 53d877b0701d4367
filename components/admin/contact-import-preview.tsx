import type { ImportPlan, PlannedRow } from '@/lib/contacts-book/import-plan'

const WHAT: Record<PlannedRow['action'], string> = { add: 'Add', update: 'Update', skip: 'Skip' }
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

function Details({ row }: { row: PlannedRow }) {
  const lines = [
    ...(row.reason ? [row.reason] : []),
    ...(row.changes ?? []).map((c) => `${c.field}: ${c.from || '(blank)'} → ${c.to}`),
    ...row.warnings,
  ]
  if (!lines.length) return null
  return lines.length === 1 ? (
    <>{lines[0]}</>
  ) : (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  )
}

/** What importing the checked file would do, row by row: rows as the spreadsheet numbers them (the header is 1). */
export function ContactImportPreview({ plan }: { plan: ImportPlan }) {
  const { add, update, skip } = plan.counts
  return (
    <section aria-labelledby="contact-import-preview-heading">
      <h3 id="contact-import-preview-heading">What the import will do</h3>
      <p>
        {`${plural(add, 'new contact')}, ${plural(update, 'update')}, ${plural(skip, 'row')} skipped.`}
        {plan.ignoredColumns.length > 0 && ` Columns not imported: ${plan.ignoredColumns.join(', ')}.`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">What happens</th>
            <th scope="col">Why, or what changes</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((row) => (
            <tr key={row.row} className={`contact-import__${row.action}`}>
              <td>{row.row}</td>
              <td>{row.email}</td>
              <td>{row.name}</td>
              <td>{WHAT[row.action]}</td>
              <td>
                <Details row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
