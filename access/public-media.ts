import type { Access, Payload } from 'payload'
import { pool } from '../lib/db/pool'
import { isPublicMedia } from '../lib/db/public-media'
import { publicReleaseWhere } from './public-releases'

// What the given releases use: hero and SEO image columns, downloads in the relationship table, and images placed
// in the body (Lexical upload nodes, whose value is an id, or a populated object in older documents).
const MEDIA_USED_BY_RELEASES = `
  WITH r AS (SELECT hero_image_id, meta_image_id, body FROM releases WHERE id = ANY($1::int[]))
  SELECT hero_image_id AS id FROM r WHERE hero_image_id IS NOT NULL
  UNION SELECT meta_image_id FROM r WHERE meta_image_id IS NOT NULL
  UNION SELECT media_id FROM releases_rels WHERE parent_id = ANY($1::int[]) AND path = 'downloads' AND media_id IS NOT NULL
  UNION SELECT id::int FROM (
    SELECT CASE jsonb_typeof(v) WHEN 'object' THEN v ->> 'id' ELSE v #>> '{}' END AS id
    FROM r, jsonb_path_query(r.body, 'strict $.**?(@.type == "upload" && @.relationTo == "media").value') AS v
  ) uploads WHERE id ~ '^[0-9]{1,9}$'`

/**
 * Media the public may see: used by a public release, a press contact or a listed expert. Which releases are public is the one
 * public rule's decision (`publicReleaseWhere`); what they use is then read in one SQL statement, because loading
 * every public release's body to walk it took 0.4 s at 2,000 releases (bench/media-access.ts).
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
    const { rows } = await pool(payload).query<{ id: number }>(MEDIA_USED_BY_RELEASES, [releaseIds])
    for (const row of rows) ids.add(Number(row.id))
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

// Changes whenever the answer above could: a release or contact saved, added or deleted, or an embargo passing.
const CHANGE_KEY = `
  SELECT concat_ws('|',
    (SELECT max(updated_at) FROM releases), (SELECT count(*) FROM releases),
    (SELECT count(*) FROM releases WHERE embargo_until <= now()),
    (SELECT max(updated_at) FROM contacts), (SELECT count(*) FROM contacts),
    (SELECT max(updated_at) FROM experts), (SELECT count(*) FROM experts)) AS key`

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
  const key = await pool(req.payload)
    .query<{ key: string }>(CHANGE_KEY)
    .then((r) => r.rows[0]?.key ?? '')
    .catch(() => `unknown-${Date.now()}`)
  if (!cache || cache.key !== key) cache = { key, ids: loadPublicMediaIds(req.payload) }
  const ids = await cache.ids.catch(() => [])
  return { id: { in: ids.length ? ids : [-1] } }
}
