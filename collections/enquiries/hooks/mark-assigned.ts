import type { CollectionBeforeChangeHook } from 'payload'

/** Giving a new enquiry an owner moves it to "assigned", so the list shows at a glance who is on it. */
export const markAssigned: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const status = data.status ?? originalDoc?.status
  if (operation === 'update' && data.assignee && status === 'new') return { ...data, status: 'assigned' }
  return data
}
