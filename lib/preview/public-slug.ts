import 'server-only'
import type { Payload } from 'payload'

/** The slug of a release if the public may read it now (asked as an anonymous reader, through the one rule), else null. */
export async function publicSlugOf(payload: Payload, id: number): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}
