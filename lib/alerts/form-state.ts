import type { SubscribeErrors, SubscribeValues } from './fields'

/** What the subscribe action hands back: nothing yet, the input with what to fix, or where the link was sent. */
export type SubscribeFormState =
  | { status: 'idle'; attempt: 0 }
  | { status: 'invalid'; attempt: number; values: SubscribeValues; errors: SubscribeErrors; formError?: string }
  | { status: 'sent'; attempt: number; email: string }

export const SUBSCRIBE_IDLE: SubscribeFormState = { status: 'idle', attempt: 0 }
