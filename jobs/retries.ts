import type { TaskConfig } from 'payload'

type RetryConfig = Exclude<TaskConfig['retries'], number | undefined>

// Mail servers come back: retry for about two hours (30 s, 1, 2, 4 ... 64 min) before giving up and saying so.
export const EMAIL_RETRIES: RetryConfig = { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } }
