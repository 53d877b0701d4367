import type { Payload } from 'payload'
import { pool } from './pool'

// Media a release row or one of its version rows uses: hero and SEO image columns, downloads in the relationship
// table, and pictures placed in the body (Lexical upload nodes, whose value is an id, or a populated object in older
// documents). A version keeps the same fields under `version_` in `_releases_v`, its relations in `_releases_v_rels`.
const usesMedia = (row: string, media: string, kind: 'release' | 'version') => {
  const [column, rels, path] =
    kind === 'release' ? ['', 'releases_rels', 'downloads'] : ['version_', '_releases_v_rels', 'version.downloads']
  return `(
  ${row}.${column}hero_image_id = ${media} OR ${row}.${column}meta_image_id = ${media}
  OR EXISTS (SELECT 1 FROM ${rels} rel
    WHERE rel.parent_id = ${row}.id AND rel.path = '${path}' AND rel.media_id = ${media})
  OR jsonb_path_exists(${row}.${column}body,
    'strict $.** ? (@.type == "upload" && @.relationTo == "media"
      && (@.value == $id || @.value.id == $id || @.value == $text))',
    jsonb_build_object('id', ${media}, 'text', ${media}::text)))`
}
const USED_BY_RELEASE = (release: string, media: string) => usesMedia(release, media, 'release')
const USED_BY_VERSION = (version: string, media: string) => usesMedia(version, media, 'version')

// A contributor's own uploads that an editor has read or put to use: in any published release (live, embargoed or
// scheduled to lift), in any release or version that was in review or approved (what an editor approved is what a
// preview link shows and what Publish puts live, so its pictures may not change under it), or on a press contact
// or an expert.
const LOCKED_UPLOADS_OF = `
  SELECT m.id FROM media m WHERE m.uploaded_by_id = $1 AND (
    EXISTS (SELECT 1 FROM releases r
      WHERE (r._status = 'published' OR r.review_status IN ('in_review', 'approved'))
        AND ${USED_BY_RELEASE('r', 'm.id')})
    OR EXISTS (SELECT 1 FROM _releases_v v
      WHERE v.version_review_status IN ('in_review', 'approved') AND ${USED_BY_VERSION('v', 'm.id')})
    OR EXISTS (SELECT 1 FROM contacts c WHERE c.photo_id = m.id)
    OR EXISTS (SELECT 1 FROM experts e WHERE e.photo_id = m.id))`

/** The ids of this user's uploads that are in editorial use, which therefore only editors may now change. */
export async function lockedUploadsOf(payload: Payload, userId: number | string): Promise<number[]> {
  const { rows } = await pool(payload).query<{ id: number }>(LOCKED_UPLOADS_OF, [userId])
  return rows.map((r) => Number(r.id))
}

// Every release (its live row or its latest draft), contact and expert that shows a file.
const USERS_OF_MEDIA = `
  SELECT 'release' AS kind, r.title AS title FROM releases r WHERE ${USED_BY_RELEASE('r', '$1::int')}
  UNION
  SELECT 'release draft', v.version_title FROM _releases_v v
    WHERE v.latest AND (v.version_hero_image_id = $1 OR v.version_meta_image_id = $1
      OR EXISTS (SELECT 1 FROM _releases_v_rels vr
        WHERE vr.parent_id = v.id AND vr.path = 'version.downloads' AND vr.media_id = $1))
  UNION
  SELECT 'contact', c.name FROM contacts c WHERE c.photo_id = $1
  UNION
  SELECT 'expert', e.name FROM experts e WHERE e.photo_id = $1`

export async function usersOfMedia(payload: Payload, mediaId: number): Promise<Array<{ kind: string; title: string }>> {
  const { rows } = await pool(payload).query<{ kind: string; title: string }>(USERS_OF_MEDIA, [mediaId])
  return rows
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { LOCKED_UPLOADS_OF, USERS_OF_MEDIA }
