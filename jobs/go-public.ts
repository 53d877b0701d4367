import type { TaskConfig } from 'payload'
import { goPublic } from '../lib/publication/go-public'

/**
 * Queued for the moment an embargo lifts (waitUntil), so whoever runs jobs then makes the release public everywhere
 * even if no server's clock is ticking. It does what every clock tick does, and as safely twice as once.
 */
export const goPublicTask: TaskConfig<'goPublic'> = {
  slug: 'goPublic',
  label: 'Make releases whose embargo has lifted public everywhere',
  inputSchema: [{ name: 'release', type: 'number' }],
  retries: 5,
  handler: async ({ req }) => {
    await goPublic(req.payload)
    return { output: {} }
  },
}
