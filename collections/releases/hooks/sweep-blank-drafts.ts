import type { CollectionAfterChangeHook, Where } from 'payload'

// Payload creates a release as soon as its create page is rendered (autosave needs a document to save into), so a
// page fetched twice, or opened and left, leaves "<No Title>" drafts nobody wrote. A draft counts as blank only
// while nothing was ever saved into it: no title, no standfirst, no text, never autosaved.
const TWIN_MS = 10_000
const STRAY_MS = 24 * 3600_000

// Payload stamps a new document's two times one after the other, a millisecond or so apart under load.
const SAME_MOMENT_MS = 1000
const untouched = (doc: {
  title?: unknown
  summary?: unknown
  body?: unknown
  createdAt?: string
  updatedAt?: string
}) =>
  !doc.title &&
  !doc.summary &&
  !doc.body &&
  Math.abs(new Date(String(doc.updatedAt)).getTime() - new Date(String(doc.createdAt)).getTime()) < SAME_MOMENT_MS

/**
 * When a blank release is created, the same author's blank twin from the last few seconds and anyone's blank
 * drafts older than a day go: the twin is the same page fetched twice, the old ones were opened and left.
 */
export const sweepBlankDrafts: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !untouched(doc)) return doc
  const now = Date.now()
  const authorId = doc.author && typeof doc.author === 'object' ? doc.author.id : doc.author
  const where: Where = {
    and: [
      { id: { not_equals: doc.id } },
      { title: { exists: false } },
      { _status: { equals: 'draft' } },
      {
        or: [
          ...(authorId
            ? [{ and: [{ author: { equals: authorId } }, { createdAt: { greater_than: new Date(now - TWIN_MS) } }] }]
            : []),
          { createdAt: { less_than: new Date(now - STRAY_MS) } },
        ],
      },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'releases',
    where,
    draft: true,
    depth: 0,
    limit: 50,
    sort: 'createdAt',
    select: { title: true, summary: true, body: true, createdAt: true, updatedAt: true },
    overrideAccess: true,
    req,
  })
  const gone = docs.filter((d) => untouched(d as Parameters<typeof untouched>[0]))
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
