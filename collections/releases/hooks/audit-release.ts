import type { CollectionAfterChangeHook } from 'payload'
import { recordAudit } from '../../../lib/audit/record'
import type { AuditEntry } from '../../../lib/audit/row'
import { liveRow, liveRowBefore } from '../../hooks/revalidate'

type Live = {
  id: number
  title?: string | null
  slug?: string | null
  _status?: string | null
  embargoUntil?: string | null
  corrections?: Array<{ kind?: string | null; note?: string | null }> | null
}

// What the public sees is the release's main row, which a draft save leaves alone; originalDoc and previousDoc are
// no guide (after an autosave they are that draft). So the trail compares the main row before the save (read once by
// rememberLiveRelease) with the main row after it.
const time = (value?: string | null) => (value ? new Date(value).getTime() : null)
const published = (row?: Live | null) => row?._status === 'published'

/** What changed for the public between two readings of the live row: each act once. */
export function releaseAuditEntries(before: Live | null, after: Live, importing = false): AuditEntry[] {
  const subject = { collection: 'releases', id: after.id, title: after.title }
  const entries: AuditEntry[] = []
  if (importing && !before) entries.push({ action: 'import.done', subject, field: 'slug', after: after.slug })
  if (!published(before) && published(after)) {
    entries.push({ action: 'release.published', subject, field: 'embargoUntil', after: after.embargoUntil })
  } else if (published(before) && !published(after)) {
    entries.push({ action: 'release.unpublished', subject, field: '_status', before: 'published', after: 'draft' })
  } else if (published(before) && published(after)) {
    if (before!.slug !== after.slug)
      entries.push({ action: 'release.slug-changed', subject, field: 'slug', before: before!.slug, after: after.slug })
    const [was, now] = [time(before!.embargoUntil), time(after.embargoUntil)]
    if (was !== now) {
      const action = was === null ? 'embargo.set' : now === null ? 'embargo.lifted' : 'embargo.changed'
      entries.push({ action, subject, field: 'embargoUntil', before: before!.embargoUntil, after: after.embargoUntil })
    }
  }
  if (published(after)) {
    const had = published(before) ? (before!.corrections?.length ?? 0) : 0
    for (const correction of (after.corrections ?? []).slice(had))
      entries.push({ action: 'correction.added', subject, field: 'corrections', after: correction.note })
  }
  return entries
}

/** After a save: one audit entry for each act that changed what the public sees (lib/audit). */
export const auditRelease: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  const before = operation === 'update' ? liveRowBefore<Live>(context, doc.id) : null
  const after = await liveRow<Live>(req, doc.id)
  if (!after) return doc
  for (const entry of releaseAuditEntries(before, after, Boolean(context.importing))) await recordAudit(req, entry)
  return doc
}
