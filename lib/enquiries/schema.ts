import { z } from 'zod'
import { EMAIL_PATTERN, PHONE_PATTERN } from '../validation/values'
import { ENQUIRY_FIELDS, LIMITS, type EnquiryErrors, type EnquiryValues } from './fields'
import { londonToUtc } from './london-time'

// Tabs and line breaks belong in a message; no other control characters belong anywhere.
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/

const line = (max: number, empty: string, what: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .max(max, `${what} must be ${max} characters or fewer`)
    .regex(ONE_LINE, `${what} must be on one line`)

const fieldSchema = z.object({
  name: line(LIMITS.name, 'Enter your name', 'Your name'),
  outlet: line(LIMITS.outlet, 'Enter the publication, programme or outlet you work for', 'The outlet'),
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(LIMITS.email, `Your email address must be ${LIMITS.email} characters or fewer`)
    .regex(EMAIL_PATTERN, 'Enter an email address in the correct format, like name@example.com'),
  phone: z
    .string()
    .trim()
    .max(LIMITS.phone, `Your phone number must be ${LIMITS.phone} characters or fewer`)
    .refine(
      (v) => v === '' || PHONE_PATTERN.test(v),
      'Enter a phone number with digits, spaces and an optional leading +',
    ),
  deadlineDate: z.string().trim(),
  deadlineTime: z.string().trim(),
  subject: line(LIMITS.subject, 'Enter a subject', 'The subject'),
  message: z
    .string()
    .trim()
    .min(1, 'Enter your enquiry')
    .max(LIMITS.message, `Your enquiry must be ${LIMITS.message} characters or fewer`)
    .regex(NO_CONTROL, 'Your enquiry contains characters that cannot be sent'),
  // A release that is not a slug was not chosen from the list: forget it rather than blame the reader.
  release: z
    .string()
    .trim()
    .max(LIMITS.release)
    .regex(/^[a-z0-9-]*$/)
    .catch(''),
  // Likewise an expert: the form carries the slug of the one the journalist asked for, or nothing.
  expert: z
    .string()
    .trim()
    .max(LIMITS.expert)
    .regex(/^[a-z0-9-]*$/)
    .catch(''),
})

export type ValidEnquiry = Omit<z.infer<typeof fieldSchema>, 'deadlineDate' | 'deadlineTime'> & { deadline: Date }

function deadlineError(values: EnquiryValues, now: Date): string | Date {
  const { deadlineDate: date, deadlineTime: time } = values
  if (!date && !time) return 'Enter your deadline'
  if (!date) return 'Enter the date of your deadline'
  if (!time) return 'Enter the time of your deadline, for example 14:30'
  const at = londonToUtc(date.trim(), time.trim())
  if (!at) return 'Enter a real date and a time such as 14:30'
  if (at.getTime() < now.getTime() - 5 * 60_000) return 'Your deadline must be in the future'
  if (at.getTime() > now.getTime() + 366 * 24 * 3600_000) return 'Your deadline must be within the next year'
  return at
}

/** Reads the posted form into plain strings: anything missing or not text becomes an empty string. */
export function readValues(form: { get(name: string): unknown }): EnquiryValues {
  const entries = ENQUIRY_FIELDS.map((field) => {
    const value = form.get(field)
    // Kept for redisplay, but never more than a little over the limit: this text goes back into the page.
    return [field, typeof value === 'string' ? value.slice(0, 2 * LIMITS.message) : '']
  })
  return Object.fromEntries(entries) as EnquiryValues
}

export function validateEnquiry(
  values: EnquiryValues,
  now = new Date(),
): { ok: true; data: ValidEnquiry } | { ok: false; errors: EnquiryErrors } {
  const parsed = fieldSchema.safeParse(values)
  const errors: EnquiryErrors = {}
  for (const issue of parsed.error?.issues ?? []) errors[issue.path[0] as keyof EnquiryErrors] ??= issue.message
  const deadline = deadlineError(values, now)
  if (typeof deadline === 'string') errors.deadline = deadline
  if (!parsed.success || typeof deadline === 'string') return { ok: false, errors }
  const { name, outlet, email, phone, subject, message, release, expert } = parsed.data
  return { ok: true, data: { name, outlet, email, phone, subject, message, release, expert, deadline } }
}
