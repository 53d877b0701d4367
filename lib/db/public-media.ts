import type { Payload } from 'payload'
import { pool } from './pool'
import { PUBLIC_RELEASE_SQL } from './public-releases'

const IS_PUBLIC_MEDIA = `SELECT
  EXISTS (SELECT 1 FROM releases r
    WHERE (r.hero_image_id = $1 OR r.meta_image_id = $1) AND ${PUBLIC_RELEASE_SQL('r', '$2')})
  OR EXISTS (SELECT 1 FROM release_body_media m JOIN releases r ON r.id = m.release_id
             WHERE m.media_id = $1 AND ${PUBLIC_RELEASE_SQL('r', '$2')})
  OR EXISTS (SELECT 1 FROM releases_rels rr JOIN releases r ON r.id = rr.parent_id
             WHERE rr.path = 'downloads' AND rr.media_id = $1 AND ${PUBLIC_RELEASE_SQL('r', '$2')})
  OR EXISTS (SELECT 1 FROM contacts c WHERE c.photo_id = $1)
  OR EXISTS (SELECT 1 FROM experts e WHERE e.photo_id = $1 AND e.listed) AS public`

/**
 * Whether the public may see one file: used by a public release (hero, SEO image, download or body picture), by a
 * press contact or by an expert in the directory. Answered by indexes, at any size of archive: what a request for
 * one picture needs, where the whole list of public media (access/public-media.ts) costs seconds at 100,000 releases.
 * Body pictures are read from release_body_media, which the database keeps from every body written (migration
 * 20261207_230000_release_body_media).
 */
export async function isPublicMedia(payload: Payload, mediaId: number, now = new Date()): Promise<boolean> {
  const { rows } = await pool(payload).query<{ public: boolean }>(IS_PUBLIC_MEDIA, [mediaId, now])
  return Boolean(rows[0]?.public)
}

// What the given releases use: hero and SEO image columns, downloads in the relationship table, and images placed
// in the body (Lexical upload nodes, whose value is an id, or a populated object in older documents).
const MEDIA_USED_BY_RELEASES = `
  WITH r AS (SELECT hero_image_id, meta_image_id, body FROM releases WHERE id = ANY($1::int[]))
  SELECT hero_image_id AS id FROM r WHERE hero_image_id IS NOT NULL
  UNION SELECT meta_image_id FROM r WHERE meta_image_id IS NOT NULL
  UNION SELECT media_id FROM releases_rels
    WHERE parent_id = ANY($1::int[]) AND path = 'downloads' AND media_id IS NOT NULL
  UNION SELECT id::int FROM (
    SELECT CASE jsonb_typeof(v) WHEN 'object' THEN v ->> 'id' ELSE v #>> '{}' END AS id
    FROM r, jsonb_path_query(r.body, 'strict $.**?(@.type == "upload" && @.relationTo == "media").value') AS v
  ) uploads WHERE id ~ '^[0-9]{1,9}$'`

export async function mediaUsedByReleases(payload: Payload, releaseIds: number[]): Promise<number[]> {
  const { rows } = await pool(payload).query<{ id: number }>(MEDIA_USED_BY_RELEASES, [releaseIds])
  return rows.map((r) => Number(r.id))
}

// Changes whenever the public media list (access/public-media.ts) could: a release or contact saved, added or deleted,
// or an embargo passing.
const CHANGE_KEY = `
  SELECT concat_ws('|',
    (SELECT max(updated_at) FROM releases), (SELECT count(*) FROM releases),
    (SELECT count(*) FROM releases WHERE embargo_until <= $1::timestamptz),
    (SELECT max(updated_at) FROM contacts), (SELECT count(*) FROM contacts),
    (SELECT max(updated_at) FROM experts), (SELECT count(*) FROM experts)) AS key`

export async function publicMediaChangeKey(payload: Payload, now = new Date()): Promise<string> {
  const { rows } = await pool(payload).query<{ key: string }>(CHANGE_KEY, [now])
  return rows[0]?.key ?? ''
}

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { IS_PUBLIC_MEDIA, MEDIA_USED_BY_RELEASES, CHANGE_KEY }
