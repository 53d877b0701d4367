import { FILL_TOKEN, type EnquiryValues } from '../../lib/enquiries/fields'
import { issueFillToken } from '../../lib/enquiries/fill-token'
import { utcToLondon } from '../../lib/enquiries/london-time'
import type { SubmitOptions } from '../../lib/enquiries/submit'
import { unique } from './factories'

/** A form as the browser would post it: filled in properly, started a minute ago, deadline tomorrow. */
export function enquiryForm(overrides: Partial<EnquiryValues & Record<string, string>> = {}) {
  const deadline = utcToLondon(new Date(Date.now() + 24 * 3600_000))
  const fields: Record<string, string> = {
    name: 'Jo Bloggs',
    outlet: 'The Harrowmere Post',
    // A fresh address each time: one address gets only a few acknowledgements a day.
    email: `${unique('jo.bloggs')}@example.com`,
    phone: '+44 1632 960123',
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    subject: unique('Question about the kelp battery'),
    message: 'Could someone explain how the battery is charged?',
    release: '',
    website: '',
    [FILL_TOKEN]: issueFillToken(new Date(Date.now() - 60_000)),
    ...overrides,
  }
  return { fields, get: (name: string) => fields[name] ?? null }
}

export const submitOptions = (overrides: Partial<SubmitOptions> = {}): SubmitOptions => ({
  ip: unique('203.0.113'),
  rateLimit: { limit: 5, windowMinutes: 10 },
  minFillSeconds: 3,
  ...overrides,
})
