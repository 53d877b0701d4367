import type { PayloadHandler, Where } from 'payload'
import { isAdminRequest } from '../../access/roles'
import { AUDIT_ACTIONS, type AuditAction } from '../../lib/audit/actions'
import type { AuditEntry } from '../../payload-types'
import { csvCell } from '../subscribers/export-csv'

const PAGE = 1000
const MOST = 100_000
const HEADER = [
  'when_utc',
  'action',
  'who',
  'client_address',
  'kind',
  'document_id',
  'document',
  'field',
  'before',
  'after',
]
const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const line = (e: AuditEntry) =>
  [
    e.createdAt,
    AUDIT_ACTIONS[e.action as AuditAction] ?? e.action,
    e.actorLabel,
    e.clientAddress,
    e.subjectCollection,
    e.subjectId,
    e.subjectTitle,
    e.field,
    e.before,
    e.after,
  ]
    .map(csvCell)
    .join(',')

/** The list's own filters, as Payload read them from the address (`where`, and the search box's `search`). */
function filters(query: Record<string, unknown>): Where {
  const and: Where[] = []
  if (query.where && typeof query.where === 'object') and.push(query.where as Where)
  if (typeof query.search === 'string' && query.search.trim()) {
    const like = query.search.trim()
    and.push({ or: ['summary', 'actorLabel', 'subjectTitle'].map((field) => ({ [field]: { like } })) })
  }
  return { and }
}

/**
 * GET /api/audit-entries/export.csv: the trail as the admin's list shows it (the same `where` and search), newest
 * first, for admins only; at most 100,000 entries, read a thousand at a time.
 */
export const exportAuditCsv: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to export the audit trail.')
  if (!isAdminRequest({ req })) return problem(403, 'Only admins can export the audit trail.')
  const where = filters(req.query as Record<string, unknown>)
  const lines = [HEADER.join(',')]
  for (let page = 1; lines.length <= MOST; page++) {
    const { docs, hasNextPage } = await req.payload.find({
      collection: 'audit-entries',
      where,
      sort: '-createdAt',
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    lines.push(...docs.map(line))
    if (!hasNextPage) break
  }
  const day = new Date().toISOString().slice(0, 10)
  return new Response('\uFEFF' + lines.join('\r\n') + '\r\n', {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-trail-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
