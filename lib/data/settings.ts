import 'server-only'
import { unstable_cache } from 'next/cache'
import type { SiteSetting } from '../../payload-types'
import { withOnCallNumber } from '../on-call/current'
import { payload } from './payload'
import { TAGS } from './tags'

/**
 * The site settings, with the out-of-hours number of whoever is on call now in place of the fixed one when a shift
 * covers this moment. Cached until a change, or until the next handover (lib/on-call/handover-clock expires it).
 */
export const getSettings = unstable_cache(
  async (): Promise<SiteSetting> => {
    const p = await payload()
    const settings = await p.findGlobal({
      slug: 'site-settings',
      overrideAccess: false,
      depth: 1,
      populate: { contacts: { name: true, jobTitle: true, team: true, email: true, phone: true, outOfHours: true } },
    })
    return withOnCallNumber(p, settings)
  },
  ['settings', 'on-call'],
  { tags: [TAGS.settings, TAGS.contacts, TAGS.onCall] },
)
