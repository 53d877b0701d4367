import { inject } from 'vitest'

// Runs in each test worker before any test file imports the Payload config.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATA_DIR = inject('dataDir')
process.env.PAYLOAD_SECRET = inject('secret')
;(process.env as Record<string, string>).NODE_ENV = 'test'
// Jobs run only when a test runs them, so no test races a background runner (the worker test relies on this).
process.env.JOBS_AUTORUN = 'false'
