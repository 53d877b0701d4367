import { mapColumns } from './columns'
import { readCsv } from './csv'
import { IMPORT_LIMITS, IMPORT_SIZE_WORDS } from './limits'
import { readRow, type ParsedRow } from './read-row'

export type ContactsFile = { rows: ParsedRow[]; ignoredColumns: string[] }
export type FileResult = { ok: true; file: ContactsFile } | { ok: false; status: 400 | 413; message: string }

const COLUMNS = 'name, email, outlet, role, beats, phone, notes, source, lawful basis, basis date'
const MOST = `${IMPORT_LIMITS.rows.toLocaleString('en-GB')} contacts and ${IMPORT_SIZE_WORDS}`
export const TOO_LARGE = `Import at most ${MOST} at a time: split the file and import each part.`

/** A contacts CSV read row by row, or why the file as a whole cannot be read (which is the user's to fix: a 400). */
export function readContactsFile(text: string): FileResult {
  const csv = readCsv(text, IMPORT_LIMITS.rows + 1)
  if (!csv.ok) {
    if (csv.tooLong) return { ok: false, status: 413, message: TOO_LARGE }
    return { ok: false, status: 400, message: `The file could not be read as CSV. ${csv.message}` }
  }
  const [header, ...records] = csv.records
  if (!header) return { ok: false, status: 400, message: 'The file is empty.' }
  const columns = mapColumns(header.cells)
  if (columns.index.email === undefined)
    return {
      ok: false,
      status: 400,
      message: `The file has no email column. Its first row must name the columns, for example: ${COLUMNS}.`,
    }
  if (!records.length) return { ok: false, status: 400, message: 'The file names its columns but has no contacts.' }
  return { ok: true, file: { rows: records.map((r) => readRow(r, columns)), ignoredColumns: columns.ignored } }
}
