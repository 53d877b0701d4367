import type { CollectionBeforeValidateHook } from 'payload'

/** A blank subject is the release's title, read when the distribution is saved. */
export const subjectFromRelease: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || (typeof data.subject === 'string' && data.subject.trim())) return data
  const id = typeof data.release === 'object' ? data.release?.id : data.release
  if (!id) return data
  const release = await req.payload
    .findByID({ collection: 'releases', id, depth: 0, draft: true, overrideAccess: true, req, select: { title: true } })
    .catch(() => null)
  if (release?.title) data.subject = release.title
  return data
}
