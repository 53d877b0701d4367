import { createHash } from 'node:crypto'
import type { Payload, TypedUser } from 'payload'
import type { MediaContact } from '../../payload-types'
import { suppressionsOf } from '../distribution/suppression'
import { formatDate } from '../time/dates'
import { changesTo, type Change, type ContactData } from './changes'
import { contactsByEmail, loadTopics, type Topics } from './lookups'
import type { ContactsFile } from './read-file'
import type { ParsedRow } from './read-row'

export type Action = 'add' | 'update' | 'skip'
export type PlannedRow = {
  row: number
  email: string
  name: string
  action: Action
  reason?: string
  changes?: Change[]
  warnings: string[]
  contact?: number
}
/** One save the import will make: a new contact, or the changed fields of an existing one. */
export type ContactWrite = { row: number; email: string; id?: number; data: ContactData }
export type ImportPlan = {
  rows: PlannedRow[]
  counts: Record<Action, number>
  ignoredColumns: string[]
  /** Names exactly these saves: apply with it refuses to do anything else (the book changed since the preview). */
  fingerprint: string
}

/** Where a new contact came from, when the file does not say. */
export const IMPORT_SOURCE = 'CSV import'

const OPTED_OUT: Partial<Record<MediaContact['status'], (c: MediaContact) => string>> = {
  unsubscribed: (c) => `Unsubscribed${c.unsubscribedAt ? ` on ${formatDate(c.unsubscribedAt)}` : ''}`,
  bouncing: (c) => `Their address bounced${c.bouncedAt ? ` on ${formatDate(c.bouncedAt)}` : ''}`,
}

type Context = {
  existing: Map<string, MediaContact>
  suppressed: Map<string, string>
  topics: Topics
  firstRow: Map<string, number>
}

function planRow(parsed: ParsedRow, { existing, suppressed, topics, firstRow }: Context): [PlannedRow, ContactWrite?] {
  const { row, email, values, problem } = parsed
  const contact = existing.get(email)
  const view = { row, email, name: values.name ?? contact?.name ?? '', warnings: [] as string[] }
  const skip = (reason: string): [PlannedRow] => [{ ...view, action: 'skip', reason }]
  if (problem) return skip(problem)
  const earlier = firstRow.get(email)
  if (earlier) return skip(`The same address as row ${earlier} in this file.`)
  firstRow.set(email, row)
  // Someone who said no, or whose address bounces, gets releases again only when an editor says so by hand.
  const optedOut = contact && OPTED_OUT[contact.status]?.(contact)
  if (optedOut) return skip(`${optedOut}: an import never adds them back.`)
  const erased = !contact && suppressed.get(email)
  if (erased) return skip(`Asked not to get releases (${erased}): an import never adds them back.`)

  const beats = [...new Set(parsed.beats.map(topics.idOf).filter((id) => id !== undefined))]
  view.warnings = parsed.beats
    .filter((b) => topics.idOf(b) === undefined)
    .map((b) => `No topic is called "${b}", so that beat is left out.`)
  if (contact) {
    const { changes, data } = changesTo(contact, values, beats, topics)
    if (!changes.length) return skip('Already in the contacts book, with nothing new.')
    return [
      { ...view, action: 'update', changes, contact: contact.id },
      { row, email, id: contact.id, data },
    ]
  }
  if (!values.name) return skip('No name: a new contact needs one.')
  const data: ContactData = { source: IMPORT_SOURCE, ...values, email, beats }
  return [
    { ...view, action: 'add' },
    { row, email, data },
  ]
}

/**
 * What importing the file would do, row by row, and the saves that would do it. Preview and apply both call this,
 * so apply does what the preview said by construction; the fingerprint catches the book changing in between.
 */
export async function planImport(payload: Payload, file: ContactsFile, user: TypedUser) {
  const emails = [...new Set(file.rows.filter((r) => !r.problem).map((r) => r.email))]
  const [existing, topics, suppressed] = await Promise.all([
    contactsByEmail(payload, emails, user),
    loadTopics(payload, user),
    suppressionsOf(payload, emails),
  ])
  const context: Context = { existing, suppressed, topics, firstRow: new Map() }
  const rows: PlannedRow[] = []
  const writes: ContactWrite[] = []
  for (const parsed of file.rows) {
    const [view, write] = planRow(parsed, context)
    rows.push(view)
    if (write) writes.push(write)
  }
  const counts = { add: 0, update: 0, skip: 0 }
  for (const r of rows) counts[r.action]++
  const fingerprint = createHash('sha256').update(JSON.stringify(writes)).digest('hex').slice(0, 32)
  const plan: ImportPlan = { rows, counts, ignoredColumns: file.ignoredColumns, fingerprint }
  return { plan, writes }
}
