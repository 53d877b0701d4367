import type { Payload, PayloadRequest } from 'payload'

/** Whether a release was published at some point: any of its versions saved as published. */
export async function everPublished(payload: Payload, id: number | string, req?: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.countVersions({
    collection: 'releases',
    overrideAccess: true,
    req,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return totalDocs > 0
}
