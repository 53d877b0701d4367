import { env } from '../env'
import type { SubmitOptions } from './submit'

/** The abuse limits in force, from ENQUIRY_RATE_LIMIT, ENQUIRY_RATE_WINDOW_MINUTES and ENQUIRY_MIN_FILL_SECONDS. */
export const enquiryLimits = (): Pick<SubmitOptions, 'rateLimit' | 'minFillSeconds'> => {
  const config = env()
  return {
    rateLimit: { limit: config.ENQUIRY_RATE_LIMIT, windowMinutes: config.ENQUIRY_RATE_WINDOW_MINUTES },
    minFillSeconds: config.ENQUIRY_MIN_FILL_SECONDS,
  }
}
