import type { Payload } from 'payload'

/** The ids of the existing topics among the slugs a form sent (unknown slugs are simply dropped). */
export async function topicIdsFor(payload: Payload, slugs: string[]): Promise<number[]> {
  if (!slugs.length) return []
  const { docs } = await payload.find({
    collection: 'topics',
    overrideAccess: false,
    where: { slug: { in: slugs } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  return docs.map((t) => t.id)
}
