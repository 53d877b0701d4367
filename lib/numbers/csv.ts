import { csvCell } from '../../collections/subscribers/export-csv'
import type { CountRow } from '../db/release-counts'
import { KIND_LABELS } from './kinds'

const COLUMNS = ['day', 'release_id', 'slug', 'title', 'kind', 'count']

/** One line per release, day and kind: what a spreadsheet or a dashboard tool takes in. */
export function figuresCsv(rows: CountRow[], releases: Map<number, { title: string; slug: string }>): string {
  const lines = rows.map((r) => {
    const release = releases.get(r.releaseId)
    return [r.day, r.releaseId, release?.slug ?? '', release?.title ?? '', KIND_LABELS[r.kind] ?? r.kind, r.count]
  })
  return [COLUMNS, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
