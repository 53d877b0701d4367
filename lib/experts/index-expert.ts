import type { Payload, PayloadRequest } from 'payload'
import { dropExpertEntry, saveExpertEntry } from '../db/search-index'
import { cleanText } from '../search/lexical-text'

const words = (values: unknown) => (Array.isArray(values) ? values.filter((v) => typeof v === 'string').join(', ') : '')

/**
 * One expert's search entry: name (weight A), job, department and keywords (B), summary, topic names and languages
 * (C). Only what the public page shows goes in: never the direct phone, email or staff notes, so a search can never
 * reveal them. Whether an expert is listed is not considered: search asks the public rule when it runs.
 */
export async function indexExpert(payload: Payload, id: number, req?: Partial<PayloadRequest>): Promise<void> {
  const expert = await payload.findByID({
    collection: 'experts',
    id,
    overrideAccess: true,
    disableErrors: true,
    depth: 1,
    req,
    select: {
      name: true,
      jobTitle: true,
      department: true,
      keywords: true,
      summary: true,
      topics: true,
      languages: true,
    },
    populate: { topics: { name: true } },
  })
  if (!expert) {
    await dropExpertEntry(payload, req, id)
    return
  }
  const topics = (expert.topics ?? []).flatMap((t) => (typeof t === 'object' && t ? [t.name] : []))
  await saveExpertEntry(payload, req, id, {
    a: cleanText(expert.name),
    b: cleanText([expert.jobTitle, expert.department, words(expert.keywords)].filter(Boolean).join('. ')),
    c: cleanText([expert.summary, topics.join(', '), words(expert.languages)].filter(Boolean).join('. ')),
  })
}

/** Every expert, for `npm run search:reindex` and a first start with an empty index. */
export async function reindexExperts(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'experts',
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  for (const { id } of docs) await indexExpert(payload, id)
  return docs.length
}
