import type { CollectionAfterChangeHook, Where } from 'payload'

// Payload creates a release as soon as its create page is rendered (autosave needs a document to save into), so a
// page fetched twice, or opened and left, leaves "<No Title>" drafts nobody wrote. A draft counts as blank only
// while nothing was ever saved into it: no title, no standfirst, no text, never autosaved.
const TWIN_MS = 10_000
const STRAY_MS = 24 * 3600_000

const untouched = (doc: {
  title?: unknown
  summary?: unknown
  body?: unknown
  createdAt?: string
  updatedAt?: string
}) => !doc.title && !doc.summary && !doc.body && doc.createdAt === doc.updatedAt

/**
 * When a blank release is created, the same author's blank twin from the last few seconds and anyone's blank
 * drafts older than a day go: the twin is the same page fetched twice, the old ones were opened and left.
 */
export const sweepBlankDrafts: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !untouched(doc)) return doc
  const now = Date.now()
  const where: Where = {
    and: [{ id: { not_equals: doc.id } }, { title: { exists: false } }, { _status: { equals: 'draft' } }],
  }
  const { docs } = await req.payload.find({
    collection: 'releases',
    where,
    draft: true,
    depth: 0,
    limit: 50,
    pagination: false,
    select: { title: true, summary: true, body: true, author: true, createdAt: true, updatedAt: true },
    overrideAccess: true,
    req,
  })
  const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v)
  const mine = (d: (typeof docs)[number]) => idOf((d as { author?: unknown }).author) === idOf(doc.author)
  const gone = docs.filter((d) => {
    if (!untouched(d as Parameters<typeof untouched>[0])) return false
    const age = now - new Date(String(d.createdAt)).getTime()
    return (mine(d) && age < TWIN_MS) || age > STRAY_MS
  })
  for (const d of gone) {
    await req.payload.delete({
      collection: 'releases',
      id: d.id,
      overrideAccess: true,
      req,
      context: { disableRevalidate: true },
    })
  }
  return doc
}
