import type { PayloadHandler } from 'payload'
import { isEditorUser } from '../../access/roles'
import type { EnquiryEmailKind } from '../../lib/enquiries/deliver'
import { resendEnquiryEmail } from '../../lib/enquiries/resend'

const KINDS: readonly string[] = ['notification', 'acknowledgement'] satisfies EnquiryEmailKind[]
const isKind = (value: unknown): value is EnquiryEmailKind => typeof value === 'string' && KINDS.includes(value)
const problem = (status: number, message: string, delivery?: string) =>
  Response.json({ errors: [{ message }], delivery }, { status })

/**
 * POST /api/enquiries/:id/resend/:kind (editors and admins): sends the notification or acknowledgement again, now,
 * when it failed or was only written to the log. One already sent, or on its way, is refused (409).
 */
export const resendEmailEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to send an email again.')
  if (!isEditorUser(req.user)) return problem(403, 'Only editors and admins can send an email again.')
  const id = Number(req.routeParams?.id)
  const kind = req.routeParams?.kind
  if (!Number.isSafeInteger(id) || id < 1 || !isKind(kind)) return problem(404, 'No such email.')
  const { status, message, delivery } = await resendEnquiryEmail(req.payload, id, kind)
  return status === 200 ? Response.json({ message, delivery }) : problem(status, message, delivery)
}
