import type { CollectionBeforeChangeHook } from 'payload'

const DONE = new Set(['answered', 'closed'])

/** When an enquiry was first answered (or closed): the "time to answer" the what-landed page reports. */
export const recordAnswered: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (!DONE.has(status) || originalDoc?.answeredAt || data.answeredAt) return data
  return { ...data, answeredAt: new Date().toISOString() }
}
