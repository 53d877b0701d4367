import type { FieldHook, PayloadRequest } from 'payload'
import { publicReleaseWhere } from '../../../access/public-releases'

type Batch = { ids: Set<number>; flushed: boolean; result?: Promise<Set<number>> }
const BATCH = 'pressOfficePublicRelatedBatch'

const idOf = (ref: unknown): number | undefined => {
  const id = typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : undefined
}

/**
 * Which of these releases the public may see. Every document of one anonymous answer asks in the same tick (Payload
 * reads a page's documents together), so the questions are gathered and asked in one query.
 */
function publicAmong(req: PayloadRequest, ids: number[]): Promise<Set<number>> {
  let batch = req.context[BATCH] as Batch | undefined
  if (!batch || batch.flushed) {
    const fresh: Batch = { ids: new Set(), flushed: false }
    fresh.result = new Promise<Set<number>>((resolve, reject) =>
      setImmediate(() => {
        fresh.flushed = true
        req.payload.db
          .find<{ id: number }>({
            collection: 'releases',
            where: { and: [publicReleaseWhere(), { id: { in: [...fresh.ids] } }] },
            pagination: false,
            limit: 0,
            select: { id: true },
            req,
          })
          .then(({ docs }) => resolve(new Set(docs.map((d) => d.id))), reject)
      }),
    )
    req.context[BATCH] = batch = fresh
  }
  for (const id of ids) batch.ids.add(id)
  return batch.result!
}

/**
 * Anonymous answers name only public related releases: the id of an embargoed or draft release in `related` would
 * tell an outsider it exists (and, through a sort, its title). Staff, and our own code reading with overrideAccess,
 * see every pick.
 */
export const hideNonPublicRelated: FieldHook = async ({ value, req, overrideAccess }) => {
  if (req.user || overrideAccess || !Array.isArray(value) || value.length === 0) return value
  const ids = value.map(idOf).filter((id): id is number => id !== undefined)
  const visible = ids.length ? await publicAmong(req, ids) : new Set<number>()
  return value.filter((ref) => {
    const id = idOf(ref)
    return id !== undefined && visible.has(id)
  })
}
