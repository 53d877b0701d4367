import 'server-only'
import { unstable_cache } from 'next/cache'
import { buildAddressRedirects } from '../routes/address-redirects'
import { payload } from './payload'
import { TAGS } from './tags'

/** Old addresses and where they lead, cached until a release or a redirect changes. */
export const addressRedirects = unstable_cache(
  async () => buildAddressRedirects(await payload()),
  ['redirects:addresses'],
  {
    tags: [TAGS.releases, TAGS.redirects],
  },
)
