import type { Payload } from 'payload'

/** Titles and addresses of these releases, by id, for tables and exports that name the release of each row. */
export async function releaseTitles(payload: Payload, ids: number[]) {
  const { docs } = ids.length
    ? await payload.find({
        collection: 'releases',
        overrideAccess: true,
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        select: { title: true, slug: true },
      })
    : { docs: [] }
  return new Map(docs.map((d) => [d.id, { title: d.title, slug: d.slug ?? '' }]))
}
