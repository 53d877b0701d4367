import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sessionDb } from '../db/session'
import { cleanText, lexicalText } from './lexical-text'

/**
 * Brings one release's search entry up to date with its published document: title (weight A), summary (B), body
 * and topic names (C). A release that is not published has no entry. Embargoes are not considered here: search
 * filters through the public rule when it runs, so an embargo lifts without reindexing.
 */
export async function indexRelease(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await sessionDb(payload, req)
  const release = await payload.findByID({
    collection: 'releases',
    id,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    depth: 1,
    req,
    select: { title: true, summary: true, body: true, topics: true, _status: true },
    populate: { topics: { name: true } },
  })
  if (!release || release._status !== 'published') {
    await db.execute(sql`DELETE FROM release_search WHERE release_id = ${id}`)
    return
  }
  const title = cleanText(release.title ?? '')
  const summary = cleanText(release.summary ?? '')
  const body = lexicalText(release.body)
  const topics = (release.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.name] : [])).join(' ')
  await db.execute(sql`
    INSERT INTO release_search (release_id, document, body_text)
    VALUES (${id},
      setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('english', ${summary}), 'B')
        || setweight(to_tsvector('english', ${`${body}\n${topics}`}), 'C'),
      ${`${summary}\n${body}`})
    ON CONFLICT (release_id) DO UPDATE SET document = excluded.document, body_text = excluded.body_text, updated_at = now()`)
}

/** Every release, for `npm run search:reindex` and a first start with an empty index. */
export async function reindexAll(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  for (const { id } of docs) await indexRelease(payload, id)
  return docs.length
}
