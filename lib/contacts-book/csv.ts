/** One line of the file as a spreadsheet shows it: `row` is the spreadsheet's row number (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] }
export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; tooLong: true } | { ok: false; tooLong?: false; message: string }

// Excel in much of Europe writes semicolons, and some tools tabs: the header line says which one this file uses.
function guessDelimiter(text: string): string {
  const end = text.search(/[\r\n]/)
  const header = end === -1 ? text : text.slice(0, end)
  const count = (d: string) => header.split(d).length
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best))
}

/**
 * CSV as spreadsheets write it (RFC 4180): quoted cells with doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF, a byte order mark. Forgiving where a file is merely untidy (a stray quote mid-cell is kept as text),
 * strict where rows would silently run together: a quote that never closes is an error naming its row. Blank rows
 * are dropped but still counted, so row numbers match what the spreadsheet shows. Stops past `maxRecords`.
 */
export function readCsv(source: string, maxRecords = Infinity): CsvResult {
  const text = source.replace(/^\uFEFF/, '')
  const delimiter = guessDelimiter(text)
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let wasQuoted = false
  let row = 1
  let quoteRow = 0
  const endRecord = () => {
    cells.push(cell)
    if (cells.some((c) => c.trim())) records.push({ row, cells })
    cells = []
    cell = ''
    wasQuoted = false
    row++
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') cell += c
      else if (text[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (c === '"' && cell === '' && !wasQuoted) {
      quoted = wasQuoted = true
      quoteRow = row
    } else if (c === delimiter) {
      cells.push(cell)
      cell = ''
      wasQuoted = false
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
      if (records.length > maxRecords) return { ok: false, tooLong: true }
    } else cell += c
  }
  if (quoted) {
    const message = `A quoted cell that starts on row ${quoteRow} never ends: a closing " is missing.`
    return { ok: false, message }
  }
  if (cell !== '' || cells.length) endRecord()
  if (records.length > maxRecords) return { ok: false, tooLong: true }
  return { ok: true, records }
}
