import type { Payload } from 'payload'
import type { Distribution, MediaList } from '../../payload-types'
import { listRule, RECEIVES } from './members'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : Number(v))

/** Everyone a distribution goes to as of now: its lists' members and its single contacts, each once. */
export async function audience(payload: Payload, distribution: Distribution): Promise<number[]> {
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
  if (!rules.length) return []
  const { docs } = await payload.find({
    collection: 'media-contacts',
    overrideAccess: true,
    where: { and: [{ or: rules }, RECEIVES] },
    pagination: false,
    sort: 'id',
    depth: 0,
    select: { status: true },
  })
  return docs.map((d) => d.id)
}
