import type { EnquiryErrors, EnquiryValues } from './fields'

/** What the server action hands back to the form: nothing yet, or the reader's input with what to fix. */
export type EnquiryFormState =
  | { status: 'idle'; attempt: 0 }
  | {
      status: 'invalid'
      attempt: number
      values: EnquiryValues
      errors: EnquiryErrors
      formError?: string
      token: string
    }

export const IDLE: EnquiryFormState = { status: 'idle', attempt: 0 }
