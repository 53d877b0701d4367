import type { TaskConfig } from 'payload'
import { checkLinks } from '../lib/links/check-links'
import { linkCheckSignal } from '../lib/links/daily'

/** Once a day (queued by lib/links/daily, its own queue): do the links in public releases still lead somewhere? */
export const checkLinksTask: TaskConfig<'checkLinks'> = {
  slug: 'checkLinks',
  label: 'Check the links in public releases',
  retries: 1,
  handler: async ({ req }) => {
    const summary = await checkLinks(req.payload, { signal: linkCheckSignal() })
    req.payload.logger.info(summary, 'Link check done')
    return { output: {} }
  },
}
