import type { FieldHook } from 'payload'
import { countListMembers } from '../../../lib/distribution/members'
import type { MediaList } from '../../../payload-types'

/** The list's size as of now, worked out from its rule each time it is read (lists are few; contacts change). */
export const liveCount: FieldHook<MediaList> = async ({ data, req }) =>
  data?.id ? countListMembers(req.payload, data as MediaList) : undefined
