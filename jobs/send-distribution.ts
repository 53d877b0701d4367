import type { TaskConfig } from 'payload'
import { deliverDistribution } from '../lib/distribution/deliver'

/** Sends a run of a distribution's emails, then hands on to the next run (lib/distribution/deliver). */
export const sendDistributionTask: TaskConfig<'sendDistribution'> = {
  slug: 'sendDistribution',
  label: 'Send distribution emails',
  inputSchema: [{ name: 'distribution', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => ({
    output: { outcome: await deliverDistribution(req.payload, input.distribution) },
  }),
}
