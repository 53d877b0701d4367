import type { CollectionBeforeChangeHook } from 'payload'

/** The date on a release defaults to the moment it is first published, not when the draft was started. */
export const defaultReleaseDate: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.releaseDate) return { ...data, releaseDate: new Date().toISOString() }
  return data
}
