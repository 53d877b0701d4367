import type { MediaContact } from '../../payload-types'
import { findDate } from '../import/dates'
import { EMAIL_PATTERN } from '../validation/values'

/** A cell as typed: trimmed, and without the apostrophe spreadsheets (and our export) put before `=`, `+`, `-`, `@`. */
export const cleanCell = (cell: string | undefined) => (cell ?? '').trim().replace(/^'(?=[=+\-@])/, '')

/** The address in "jo@example.com", "Jo Bloggs <jo@example.com>" or "mailto:jo@example.com", or undefined. */
export function readEmail(cell: string): string | undefined {
  const address = (/<([^<>]*)>\s*$/.exec(cell)?.[1] ?? cell).trim().replace(/^mailto:/i, '')
  return EMAIL_PATTERN.test(address) ? address : undefined
}

const BASES: Record<string, MediaContact['lawfulBasis']> = {
  legitimateinterest: 'legitimate-interest',
  legitimateinterests: 'legitimate-interest',
  consent: 'consent',
  consented: 'consent',
}
export const readBasis = (cell: string) => BASES[cell.toLowerCase().replace(/[^a-z]/g, '')]

const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/
const DAY = 24 * 60 * 60 * 1000

/**
 * A basis date, day first as in the UK (28/10/2021, 28-10-2021), ISO (2021-10-28), or written out (28 October
 * 2021). The whole cell must be the date, so "28/10/2021 or so" is not quietly read as one; and a basis cannot start
 * in the future. Noon UTC, as the release importer stores days, so the day is the same in London in any season.
 */
export function readDate(cell: string): { iso: string } | { problem: string } {
  const text = cell.replace(DASHED, '$1/$2/$3')
  const found = findDate(text)
  if (!found || text.replace(found.written, '').trim())
    return { problem: `The basis date "${cell}" is not a date: write it as dd/mm/yyyy or yyyy-mm-dd.` }
  if (Date.parse(found.iso) > Date.now() + DAY) return { problem: `The basis date ${cell} is in the future.` }
  return { iso: found.iso }
}

/** Topic names in one cell, as "Health; Science" or "Health | Science". */
export const readBeats = (cell: string) =>
  cell
    .split(/[;|]/)
    .map((b) => b.trim())
    .filter(Boolean)
