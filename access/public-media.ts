import type { Access, Payload } from 'payload'

// Upload ids inside a Lexical document (images placed in a release's body).
function uploadsIn(node: unknown, found: number[] = []): number[] {
  if (!node || typeof node !== 'object') return found
  const n = node as { type?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (n.type === 'upload') {
    const id = typeof n.value === 'object' && n.value ? (n.value as { id?: unknown }).id : n.value
    if (typeof id === 'number') found.push(id)
  }
  for (const child of n.children ?? []) uploadsIn(child, found)
  if (n.root) uploadsIn(n.root, found)
  return found
}

const idOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id?: number }).id : value) as number | undefined

let cache: { at: number; ids: Promise<number[]> } | undefined

/** Media the public may see: used by a public release (through the one public rule) or by a press contact. */
async function loadPublicMediaIds(payload: Payload): Promise<number[]> {
  const releases = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { heroImage: true, downloads: true, meta: true, body: true },
  })
  const contacts = await payload.find({ collection: 'contacts', overrideAccess: false, pagination: false, depth: 0, select: { photo: true } })
  const ids = new Set<number>()
  for (const r of releases.docs) {
    for (const v of [r.heroImage, r.meta?.image, ...(r.downloads ?? []), ...uploadsIn(r.body)]) {
      const id = idOf(v)
      if (typeof id === 'number') ids.add(id)
    }
  }
  for (const c of contacts.docs) {
    const id = idOf(c.photo)
    if (typeof id === 'number') ids.add(id)
  }
  return [...ids]
}

/**
 * Staff see every file; the public only files a public page uses, so a picture attached to an embargoed release
 * answers 404 until the release is out. Kept for a second so a page of images costs one lookup.
 */
export const readMedia: Access = async ({ req }) => {
  if (req.user) return true
  if (!cache || Date.now() - cache.at > 1000) cache = { at: Date.now(), ids: loadPublicMediaIds(req.payload) }
  const ids = await cache.ids.catch(() => [])
  return { id: { in: ids.length ? ids : [-1] } }
}
