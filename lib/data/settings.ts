import 'server-only'
import { unstable_cache } from 'next/cache'
import type { SiteSetting } from '../../payload-types'
import { payload } from './payload'
import { TAGS } from './tags'

export const getSettings = unstable_cache(
  async (): Promise<SiteSetting> =>
    (await payload()).findGlobal({
      slug: 'site-settings',
      overrideAccess: false,
      depth: 1,
      populate: { contacts: { name: true, jobTitle: true, team: true, email: true, phone: true, outOfHours: true } },
    }),
  ['settings'],
  { tags: [TAGS.settings, TAGS.contacts] },
)
