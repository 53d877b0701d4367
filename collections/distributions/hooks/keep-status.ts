import type { CollectionBeforeChangeHook } from 'payload'

/** Set by lib/distribution/send-state, the only code that moves a distribution along. */
export const SENDING_STATE = 'distributionState'

const SERVER_FIELDS = ['status', 'sendsAt', 'sentBy', 'sentAt', 'recipients'] as const

/**
 * Field access already keeps these out of REST and GraphQL; this also stops Payload's duplicate (which copies fields
 * back after access strips them) and any other route: only the send code, saying so in req.context, changes them.
 */
export const keepStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context[SENDING_STATE]) return data
  for (const field of SERVER_FIELDS) {
    if (operation === 'create') delete data[field]
    else data[field] = originalDoc?.[field]
  }
  if (operation === 'create') data.status = 'draft'
  return data
}
