import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve('payload.config.ts'),
      '@': path.resolve('.'),
      // Server-only modules are fine in tests, which run on the server.
      'server-only': path.resolve('tests/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup-env.ts'],
    // One worker: the files share one database and Payload instance setup is heavy on two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
