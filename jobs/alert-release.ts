import type { TaskConfig } from 'payload'
import { notifyReleasePublic } from '../lib/alerts/notify-release-public'
import { EMAIL_RETRIES } from './retries'

/** Queued by the release hook, so the public check runs only after the publishing transaction has committed. */
export const alertRelease: TaskConfig<'alertRelease'> = {
  slug: 'alertRelease',
  label: 'Queue email alerts for a release',
  inputSchema: [{ name: 'release', type: 'number', required: true }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    await notifyReleasePublic(req.payload, input.release)
    return { output: {} }
  },
}
