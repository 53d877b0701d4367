import type { CollectionAfterChangeHook } from 'payload'
import { queueEnquiryEmails } from '../../../jobs/send-enquiry-email'

/**
 * Queues the press office notification and the journalist's acknowledgement in the same transaction as the
 * enquiry: both are saved, or neither. Nothing is sent here; the job queue sends once the enquiry is committed.
 */
export const queueEmails: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipEnquiryEmails) return doc
  // An acknowledgement held back by the per-address cap (lib/enquiries/submit) is not queued at all.
  const jobs = await queueEnquiryEmails(
    req,
    doc.id,
    doc.acknowledgement?.status === 'skipped' ? ['notification'] : ['notification', 'acknowledgement'],
  )
  // The form's code reads these back (via the same context object) to report what it queued.
  context.queuedJobs = jobs
  return doc
}
