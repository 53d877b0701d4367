import { csvCell } from '../../collections/subscribers/export-csv'
import type { MediaContact, Topic } from '../../payload-types'
import { formatDate } from '../time/dates'
import { BASIS_WORDS } from './changes'

// Headers an import reads back (name … basis date), then what only the book itself records.
const HEADER = [
  'name',
  'email',
  'outlet',
  'role',
  'beats',
  'phone',
  'notes',
  'source',
  'lawful basis',
  'basis date',
  'status',
  'unsubscribed at',
  'bounced at',
  'bounce reason',
  'created at',
  'updated at',
]

const beatNames = (beats: MediaContact['beats']) =>
  (beats ?? []).map((b) => (typeof b === 'object' ? (b as Topic).name : `Topic ${b}`)).join('; ')

/** Every contact, every field; each cell quoted and never read by a spreadsheet as a formula. */
export function contactsCsv(docs: MediaContact[]): string {
  const rows = docs.map((c) => [
    c.name,
    c.email,
    c.outlet,
    c.role,
    beatNames(c.beats),
    c.phone,
    c.notes,
    c.source,
    BASIS_WORDS[c.lawfulBasis] ?? c.lawfulBasis,
    c.basisDate ? formatDate(c.basisDate) : '',
    c.status,
    c.unsubscribedAt,
    c.bouncedAt,
    c.bounceReason,
    c.createdAt,
    c.updatedAt,
  ])
  // The byte order mark tells Excel the file is UTF-8, so "Zoë" does not open as "ZoÃ«".
  return '\uFEFF' + [HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
