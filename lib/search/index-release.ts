import type { Payload, PayloadRequest } from 'payload'
import { dropReleaseEntry, saveReleaseEntry } from '../db/search-index'
import { cleanText, lexicalText } from './lexical-text'

/**
 * Brings one release's search entry up to date with its published document: title (weight A), summary (B), body
 * and topic names (C). A release that is not published has no entry. Embargoes are not considered here: search
 * filters through the public rule when it runs, so an embargo lifts without reindexing.
 */
export async function indexRelease(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<void> {
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
    await dropReleaseEntry(payload, req, id)
    return
  }
  const title = cleanText(release.title ?? '')
  const summary = cleanText(release.summary ?? '')
  const body = lexicalText(release.body)
  const topics = (release.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.name] : [])).join(' ')
  await saveReleaseEntry(payload, req, id, {
    a: title,
    b: summary,
    c: `${body}\n${topics}`,
    shown: `${summary}\n${body}`,
  })
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
