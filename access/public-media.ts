import type { Access, Payload } from 'payload'
import { isPublicMedia, mediaUsedByReleases, publicMediaChangeKey } from '../lib/db/public-media'
import { publicReleaseWhere } from './public-releases'

/**
 * Media the public may see: used by a public release, a press contact or a listed expert. Which releases are public is
 * the one public rule's decision (`publicReleaseWhere`); what they use is then read in one SQL statement, because
 * loading every public release's body to walk it took 0.4 s at 2,000 releases (bench/media-access.ts).
 */
export async function loadPublicMediaIds(payload: Payload): Promise<number[]> {
  // The rule itself, applied by the database adapter: only ids are needed, so Payload's per-document read work
  // (a quarter of a second at 2,000 releases) is skipped.
  const releases = await payload.db.find<{ id: number }>({
    collection: 'releases',
    where: publicReleaseWhere(),
    pagination: false,
    limit: 0,
    select: { id: true },
  })
  const contacts = await payload.find({
    collection: 'contacts',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { photo: true },
  })
  const experts = await payload.find({
    collection: 'experts',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { photo: true },
  })
  const ids = new Set<number>()
  const releaseIds = releases.docs.map((r) => r.id)
  if (releaseIds.length) {
    for (const id of await mediaUsedByReleases(payload, releaseIds)) ids.add(id)
  }
  for (const c of [...contacts.docs, ...experts.docs]) {
    const id = typeof c.photo === 'object' && c.photo ? c.photo.id : c.photo
    if (typeof id === 'number') ids.add(id)
  }
  return [...ids]
}

/** The media document a file belongs to: its original, or one of its resized copies. */
async function mediaIdOfFile(payload: Payload, filename: string): Promise<number | undefined> {
  const sizes = (payload.collections.media.config.upload.imageSizes ?? []).map((s) => ({
    [`sizes.${s.name}.filename`]: { equals: filename },
  }))
  const { docs } = await payload.db.find<{ id: number }>({
    collection: 'media',
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  return docs[0]?.id
}

let cache: { key: string; ids: Promise<number[]> } | undefined

/**
 * Staff see every file; the public only files a public page uses, so a picture attached to an embargoed release
 * answers 404 until the release is out. The list is kept until the data it depends on changes (one small query per
 * check finds out), never for a fixed time: a page rendered just after a publish must see its pictures as public.
 */
export const readMedia: Access = async ({ req }) => {
  if (req.user) return true
  // A request for one file (a picture on a page, a download): decided for that file alone, by indexes.
  const filename = req.routeParams?.filename
  if (typeof filename === 'string' && filename) {
    const id = await mediaIdOfFile(req.payload, filename)
    return { id: { equals: id !== undefined && (await isPublicMedia(req.payload, id)) ? id : -1 } }
  }
  const key = await publicMediaChangeKey(req.payload).catch(() => `unknown-${Date.now()}`)
  if (!cache || cache.key !== key) cache = { key, ids: loadPublicMediaIds(req.payload) }
  const ids = await cache.ids.catch(() => [])
  return { id: { in: ids.length ? ids : [-1] } }
}
