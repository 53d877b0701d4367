import type { MediaContact } from '../../payload-types'
import { normaliseAddress } from '../distribution/address'
import type { ColumnKey, ColumnMap } from './columns'
import type { CsvRecord } from './csv'
import { cleanCell, readBasis, readBeats, readDate, readEmail } from './values'

/** What a row says about a contact; only cells with something in them (a blank cell never erases anything). */
export type ContactValues = Partial<
  Pick<MediaContact, 'name' | 'outlet' | 'role' | 'phone' | 'notes' | 'source' | 'lawfulBasis' | 'basisDate'>
>
export type ParsedRow = {
  row: number
  /** Normalised when it is an address; as written when it is not (for the preview to show). */
  email: string
  values: ContactValues
  beats: string[]
  /** Why the row cannot be imported whatever the contacts book holds. */
  problem?: string
}

// The collection's own limits, checked here so a long cell is a row skipped in words, not a failed save.
const TEXTS = { name: 200, outlet: 200, role: 200, phone: 50, notes: 5000, source: 300 } as const
type TextKey = keyof typeof TEXTS

export function readRow({ row, cells }: CsvRecord, { index }: ColumnMap): ParsedRow {
  const cell = (key: ColumnKey) => (index[key] === undefined ? '' : cleanCell(cells[index[key]]))
  const texts: Record<TextKey, string> = {
    name: cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' '),
    outlet: cell('outlet'),
    role: cell('role'),
    phone: cell('phone'),
    notes: cell('notes'),
    source: cell('source'),
  }
  const values: ContactValues = {}
  for (const key of Object.keys(TEXTS) as TextKey[]) if (texts[key]) values[key] = texts[key]
  const parsed = { row, email: cell('email'), values, beats: readBeats(cell('beats')) }
  const skip = (problem: string): ParsedRow => ({ ...parsed, problem })

  if (!parsed.email) return skip('No email address.')
  const address = readEmail(parsed.email)
  if (!address) return skip(`"${parsed.email}" is not an email address.`)
  parsed.email = normaliseAddress(address)
  const long = (Object.keys(TEXTS) as TextKey[]).find((key) => texts[key].length > TEXTS[key])
  if (long) return skip(`The ${long} is longer than ${TEXTS[long]} characters.`)
  const basis = cell('lawfulBasis')
  if (basis) {
    values.lawfulBasis = readBasis(basis)
    if (!values.lawfulBasis) return skip(`The lawful basis "${basis}" is neither "legitimate interest" nor "consent".`)
  }
  const since = cell('basisDate')
  if (since) {
    const date = readDate(since)
    if ('problem' in date) return skip(date.problem)
    values.basisDate = date.iso
  }
  return parsed
}
