import type { TaskConfig } from 'payload'
import { startDistribution } from '../lib/distribution/start'

/** A distribution's moment has come: list its recipients and start the senders (lib/distribution/start). */
export const startDistributionTask: TaskConfig<'startDistribution'> = {
  slug: 'startDistribution',
  label: 'Start sending a distribution',
  inputSchema: [{ name: 'distribution', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 5,
  handler: async ({ input, req }) => ({
    output: { outcome: await startDistribution(req.payload, input.distribution) },
  }),
}
