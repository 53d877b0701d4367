import type { PayloadHandler } from 'payload'
import type { Subscriber, Topic } from '../../payload-types'

const COLUMNS = ['email', 'status', 'all_news', 'topics', 'confirmed_at', 'unsubscribed_at', 'created_at'] as const

/** A cell as spreadsheets read it safely: quoted, and never starting like a formula (CSV injection). */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function subscribersCsv(docs: Subscriber[]): string {
  const rows = docs.map((s) => {
    const topics = (s.topics ?? []).map((t) => (typeof t === 'object' ? (t as Topic).name : t)).join('; ')
    return [s.email, s.status, s.allNews ? 'yes' : 'no', topics, s.confirmedAt, s.unsubscribedAt, s.createdAt]
  })
  return [COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** GET /api/subscribers/export.csv: every subscriber, for editors and admins only (the collection's read rule). */
export const exportCsv: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ errors: [{ message: 'Log in to export subscribers.' }] }, { status: 401 })
  try {
    const { docs } = await req.payload.find({
      collection: 'subscribers',
      overrideAccess: false,
      user: req.user,
      req,
      pagination: false,
      sort: 'email',
      depth: 1,
      populate: { topics: { name: true } },
    })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(subscribersCsv(docs), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="subscribers-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  } catch {
    // The read rule said no (a contributor): the same answer Payload gives for the collection itself.
    return Response.json({ errors: [{ message: 'You are not allowed to export subscribers.' }] }, { status: 403 })
  }
}
