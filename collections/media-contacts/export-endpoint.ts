import type { PayloadHandler } from 'payload'
import { contactsCsv } from '../../lib/contacts-book/export'

/** GET /api/media-contacts/export.csv: the whole contacts book, for staff (the collection's read rule). */
export const exportEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ errors: [{ message: 'Log in to export media contacts.' }] }, { status: 401 })
  const { docs } = await req.payload.find({
    collection: 'media-contacts',
    overrideAccess: false,
    user: req.user,
    req,
    pagination: false,
    sort: 'name',
    depth: 1,
    populate: { topics: { name: true } },
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(contactsCsv(docs), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="media-contacts-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
