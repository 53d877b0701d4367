import { defaultLoggerOptions } from 'payload'
import type { Env } from '../env'

type LoggerConfig = { options: { level: Env['LOG_LEVEL']; name?: string }; destination?: unknown }

/**
 * Payload's logger at LOG_LEVEL: one JSON object per line in production, for whatever collects the logs, and
 * Payload's coloured lines on a developer's terminal.
 */
export function loggerConfig(env: Pick<Env, 'NODE_ENV' | 'LOG_LEVEL'>): LoggerConfig {
  const options = { level: env.LOG_LEVEL, name: 'press-office' }
  return env.NODE_ENV === 'production' ? { options } : { options, destination: defaultLoggerOptions }
}
