import 'server-only'
import { unstable_cache } from 'next/cache'
import type { Contact } from '../../payload-types'
import { payload } from './payload'
import { TAGS } from './tags'

export type DirectoryContact = Pick<
  Contact,
  'id' | 'name' | 'isTeam' | 'jobTitle' | 'team' | 'email' | 'phone' | 'outOfHours' | 'photo' | 'topics'
>

/** The press office directory, in the order the team set. */
export const listContacts = unstable_cache(
  async (): Promise<DirectoryContact[]> => {
    const { docs } = await (
      await payload()
    ).find({
      collection: 'contacts',
      overrideAccess: false,
      sort: ['order', 'name'],
      pagination: false,
      depth: 1,
      select: {
        name: true,
        isTeam: true,
        jobTitle: true,
        team: true,
        email: true,
        phone: true,
        outOfHours: true,
        photo: true,
        topics: true,
      },
      populate: {
        media: { alt: true, url: true, filename: true, width: true, height: true, sizes: true },
        topics: { name: true, slug: true },
      },
    })
    return docs
  },
  ['contacts:list'],
  { tags: [TAGS.contacts, TAGS.media, TAGS.topics] },
)
