import type { TaskConfig } from 'payload'
import { fanOutAlerts } from '../lib/alerts/fan-out'
import { EMAIL_RETRIES } from './retries'

/** Queued once per release by notifyReleasePublic: finds the subscribers and queues their alerts in batches. */
export const queueReleaseAlerts: TaskConfig<'queueReleaseAlerts'> = {
  slug: 'queueReleaseAlerts',
  label: 'Find subscribers for a release alert',
  inputSchema: [{ name: 'release', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => ({ output: { outcome: await fanOutAlerts(req.payload, input.release) } }),
}
