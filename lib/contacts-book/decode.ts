export type Decoded = { ok: true; text: string } | { ok: false; message: string }

const SAVE_AS = 'In your spreadsheet, choose Save as (or Download as) CSV UTF-8, and import that file.'

/**
 * The file's text. Excel's "CSV UTF-8" starts with a byte order mark (dropped here); its plain "CSV" on Windows is
 * Windows-1252, which is never valid UTF-8 once it holds a £ or an accented name, so that is the fallback rather
 * than a page of replacement characters. A workbook or other binary file is refused in words, not read as text.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return { ok: false, message: `This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. ${SAVE_AS}` }
  if (bytes.includes(0)) return { ok: false, message: `This is not a CSV text file. ${SAVE_AS}` }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) }
  }
}
