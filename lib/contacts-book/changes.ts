import type { MediaContact } from '../../payload-types'
import { formatDate } from '../time/dates'
import type { Topics } from './lookups'
import type { ContactValues } from './read-row'

export type Change = { field: string; from: string; to: string }
export type ContactData = ContactValues & { email?: string; beats?: number[] }

const LABELS: Record<keyof ContactValues, string> = {
  name: 'Name',
  outlet: 'Outlet',
  role: 'Role',
  phone: 'Phone',
  notes: 'Notes',
  source: 'Source',
  lawfulBasis: 'Lawful basis',
  basisDate: 'Basis date',
}
export const BASIS_WORDS: Record<MediaContact['lawfulBasis'], string> = {
  'legitimate-interest': 'legitimate interest',
  consent: 'consent',
}

// Compared as shown: a basis date is the same when it is the same day in London, whatever the stored time.
function shown(key: keyof ContactValues, value: string | null | undefined): string {
  if (!value) return ''
  if (key === 'basisDate') return formatDate(value)
  if (key === 'lawfulBasis') return BASIS_WORDS[value as MediaContact['lawfulBasis']] ?? value
  return value
}

const idOf = (beat: number | { id: number }) => (typeof beat === 'object' ? beat.id : beat)

/**
 * What a row would change on an existing contact: each cell with something in it that differs. Beats are added to
 * theirs, never taken away (a file of health journalists does not mean they stopped covering science).
 */
export function changesTo(contact: MediaContact, values: ContactValues, beats: number[], topics: Topics) {
  const changes: Change[] = []
  const data: ContactData = {}
  for (const key of Object.keys(values) as Array<keyof ContactValues>) {
    const [from, to] = [shown(key, contact[key]), shown(key, values[key])]
    if (from === to) continue
    changes.push({ field: LABELS[key], from, to })
    Object.assign(data, { [key]: values[key] })
  }
  const had = (contact.beats ?? []).map(idOf)
  const all = [...new Set([...had, ...beats])]
  if (all.length > had.length) {
    const names = (ids: number[]) => ids.map(topics.nameOf).join('; ')
    changes.push({ field: 'Beats', from: names(had), to: names(all) })
    data.beats = all
  }
  return { changes, data }
}
