import type { TaskConfig } from 'payload'
import { deliverReleaseAlerts } from '../lib/alerts/deliver'
import { EMAIL_RETRIES } from './retries'

/** One batch of alert emails about one release (see lib/alerts/notify-release-public). */
export const sendReleaseAlerts: TaskConfig<'sendReleaseAlerts'> = {
  slug: 'sendReleaseAlerts',
  label: 'Send release alert emails',
  inputSchema: [
    { name: 'release', type: 'number', required: true },
    { name: 'subscribers', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const ids = Array.isArray(input.subscribers) ? input.subscribers.map(Number).filter(Number.isSafeInteger) : []
    return { output: { outcome: await deliverReleaseAlerts(req.payload, input.release, ids) } }
  },
}
