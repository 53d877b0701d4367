import { AUDIT_ACTIONS, type AuditAction } from './actions'

export type AuditEntry = {
  action: AuditAction
  /** The document acted on: a release, a preview link, a user, a file. */
  subject?: { collection: string; id: number | string; title?: string | null }
  /** The field that matters, with its value before and after (a date, a slug, a role). */
  field?: string
  before?: unknown
  after?: unknown
}

export type AuditActor = { id?: number | null; label: string }

export type AuditRow = {
  action: AuditAction
  summary: string
  actorId: number | null
  actorLabel: string
  subjectCollection: string | null
  subjectId: string | null
  subjectTitle: string | null
  field: string | null
  before: string | null
  after: string | null
  clientAddress: string | null
}

const MAX = 2000
const asText = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  return (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, MAX)
}

/** One entry as stored, whoever writes it (Payload in a request, or SQL in a job or a command). */
export function auditRow(entry: AuditEntry, actor: AuditActor, clientAddress?: string | null): AuditRow {
  const title = asText(entry.subject?.title)
  return {
    action: entry.action,
    summary: `${AUDIT_ACTIONS[entry.action]}${title ? `: ${title}` : ''}`.slice(0, MAX),
    actorId: typeof actor.id === 'number' ? actor.id : null,
    actorLabel: actor.label.slice(0, 320),
    subjectCollection: entry.subject?.collection ?? null,
    subjectId: entry.subject ? String(entry.subject.id) : null,
    subjectTitle: title,
    field: entry.field ?? null,
    before: asText(entry.before),
    after: asText(entry.after),
    clientAddress: clientAddress || null,
  }
}
