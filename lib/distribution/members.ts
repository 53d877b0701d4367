import type { Payload, Where } from 'payload'
import type { MediaList } from '../../payload-types'

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((v) => (v && typeof v === 'object' ? (v as { id: number }).id : Number(v))).filter(Boolean)

/** Which contacts a list holds by its rule (hand-picked, beats or outlets), whether or not they get releases. */
export function listRule(list: Pick<MediaList, 'kind' | 'contacts' | 'beats' | 'outlets'>): Where {
  if (list.kind === 'beats') return { beats: { in: ids(list.beats).length ? ids(list.beats) : [0] } }
  if (list.kind === 'outlets') {
    const outlets = (list.outlets ?? []).map((o) => o.trim()).filter(Boolean)
    return outlets.length ? { outlet: { in: outlets } } : { id: { equals: 0 } }
  }
  return { id: { in: ids(list.contacts).length ? ids(list.contacts) : [0] } }
}

/** Contacts who get releases: never anyone who unsubscribed or whose address bounces. */
export const RECEIVES: Where = { status: { equals: 'active' } }

export async function countListMembers(payload: Payload, list: MediaList): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'media-contacts',
    overrideAccess: true,
    where: { and: [listRule(list), RECEIVES] },
  })
  return totalDocs
}
