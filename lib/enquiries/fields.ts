// The form's fields, in the order they appear. Shared by the form, its validation and the tests.
export const ENQUIRY_FIELDS = [
  'name',
  'outlet',
  'email',
  'phone',
  'deadlineDate',
  'deadlineTime',
  'subject',
  'message',
  'release',
  'expert',
] as const

export type EnquiryField = (typeof ENQUIRY_FIELDS)[number]
export type EnquiryValues = Record<EnquiryField, string>
/** Errors by field; `deadline` covers the date and time together. */
export type EnquiryErrors = Partial<Record<EnquiryField | 'deadline', string>>

export const LIMITS = {
  name: 120,
  outlet: 120,
  email: 254,
  phone: 30,
  subject: 200,
  message: 5000,
  release: 200,
  expert: 120,
} as const

export const HONEYPOT = 'website'
export const FILL_TOKEN = 'formStartedAt'

export const RESPONSE_TIME =
  'We aim to reply within two working hours (Monday to Friday, 9am to 5.30pm UK time), and before your deadline.'
