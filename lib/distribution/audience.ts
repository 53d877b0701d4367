import type { Payload, Where } from 'payload'
import type { Distribution, MediaContact, MediaList } from '../../payload-types'
import { listRule, RECEIVES } from './members'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : Number(v))

/** Who a distribution goes to as of now: its lists' members and its single contacts who get releases. */
async function audienceWhere(payload: Payload, distribution: Distribution): Promise<Where | undefined> {
  const listIds = (distribution.lists ?? []).map(idOf).filter(Boolean)
  const { docs: lists } = listIds.length
    ? await payload.find({
        collection: 'media-lists',
        overrideAccess: true,
        where: { id: { in: listIds } },
        pagination: false,
        depth: 0,
        select: { kind: true, contacts: true, beats: true, outlets: true },
      })
    : { docs: [] as MediaList[] }
  const single = (distribution.contacts ?? []).map(idOf).filter(Boolean)
  const rules = [...lists.map((l) => listRule(l as MediaList)), ...(single.length ? [{ id: { in: single } }] : [])]
  return rules.length ? { and: [{ or: rules }, RECEIVES] } : undefined
}

/** Everyone a distribution goes to, each once, by id. */
export async function audience(payload: Payload, distribution: Distribution): Promise<number[]> {
  const where = await audienceWhere(payload, distribution)
  if (!where) return []
  const { docs } = await payload.find({
    collection: 'media-contacts',
    overrideAccess: true,
    where,
    pagination: false,
    sort: 'id',
    depth: 0,
    select: { status: true },
  })
  return docs.map((d) => d.id)
}

/** How many it goes to, counted by the database rather than by reading them all. */
export async function audienceSize(payload: Payload, distribution: Distribution): Promise<number> {
  const where = await audienceWhere(payload, distribution)
  return where ? (await payload.count({ collection: 'media-contacts', overrideAccess: true, where })).totalDocs : 0
}

/** The first it goes to, with their beats, for a preview of the email as they will get it. */
export async function firstOfAudience(payload: Payload, distribution: Distribution) {
  const where = await audienceWhere(payload, distribution)
  if (!where) return undefined
  const { docs } = await payload.find({
    collection: 'media-contacts',
    overrideAccess: true,
    where,
    sort: 'id',
    limit: 1,
    pagination: false,
    depth: 1,
  })
  return docs[0] as MediaContact | undefined
}
