import type { PayloadRequest, TaskConfig } from 'payload'
import { deliverEnquiryEmail, type EnquiryEmailKind } from '../lib/enquiries/deliver'
import { EMAIL_RETRIES } from './retries'

/** One job per email, so retrying the acknowledgement can never send the notification again (or the reverse). */
export const sendEnquiryEmail: TaskConfig<'sendEnquiryEmail'> = {
  slug: 'sendEnquiryEmail',
  label: 'Send an enquiry email',
  inputSchema: [
    { name: 'enquiry', type: 'number', required: true },
    { name: 'kind', type: 'select', options: ['notification', 'acknowledgement'], required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => ({
    output: { outcome: await deliverEnquiryEmail(req.payload, input.enquiry, input.kind) },
  }),
}

export async function queueEnquiryEmails(
  req: PayloadRequest,
  enquiry: number,
  kinds: EnquiryEmailKind[],
): Promise<Array<number | string>> {
  const jobs = []
  for (const kind of kinds) {
    const job = await req.payload.jobs.queue({ task: 'sendEnquiryEmail', input: { enquiry, kind }, req })
    jobs.push(job.id)
  }
  return jobs
}
