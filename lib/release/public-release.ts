import type { Payload } from 'payload'

/**
 * A release as the public may see it now, by id or slug, or null: read through the one public rule (no user), so
 * callers ask "is it out?" the same way the public pages do.
 */
export async function findPublicRelease(payload: Payload, by: { id: number } | { slug: string }) {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: 'id' in by ? { id: { equals: by.id } } : { slug: { equals: by.slug } },
    limit: 1,
    depth: 0,
    select: { slug: true, topics: true, releaseDate: true, alertAnyway: true },
  })
  return docs[0] ?? null
}
