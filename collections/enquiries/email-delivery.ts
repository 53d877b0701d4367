import type { Field } from 'payload'
import type { EnquiryEmailKind } from '../../lib/enquiries/deliver'
import { deliveryField } from '../fields/delivery'

/** The "Send again" button under an email's delivery record (components/admin/send-again.tsx). */
const sendAgain = (kind: EnquiryEmailKind): Field => ({
  name: `${kind}SendAgain`,
  type: 'ui',
  admin: { components: { Field: { path: '/components/admin/send-again#SendAgain', clientProps: { kind } } } },
})

/** Whether the notification and the acknowledgement went out, each with a way to send it again when it did not. */
export const emailDelivery: Field = {
  type: 'collapsible',
  label: 'Email delivery',
  admin: { initCollapsed: true, description: 'Whether the notification and the acknowledgement went out.' },
  fields: [
    deliveryField(
      'notification',
      'Press office notification',
      'The email telling the press office about this enquiry.',
    ),
    sendAgain('notification'),
    deliveryField('acknowledgement', 'Acknowledgement', 'The email confirming receipt to the journalist.'),
    sendAgain('acknowledgement'),
  ],
}
