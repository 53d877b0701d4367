'use client'
import { useFormFields } from '@payloadcms/ui'
import { telHref } from '@/lib/text/format'

const valueOf = (field: { value?: unknown } | undefined) => (typeof field?.value === 'string' ? field.value : '')

/**
 * The two ways a press officer answers a journalist, at the top of the enquiry: a reply in their own mail program
 * with the reference in the subject (so the thread can be found again), and a call.
 */
export function EnquiryActions() {
  const { email, phone, subject, reference, name } = useFormFields(([fields]) => ({
    email: valueOf(fields.email),
    phone: valueOf(fields.phone),
    subject: valueOf(fields.subject),
    reference: valueOf(fields.reference),
    name: valueOf(fields.name),
  }))
  if (!email) return null
  const mailSubject = `Re: ${subject}${reference ? ` [${reference}]` : ''}`
  const greeting = `Dear ${name.split(' ')[0] || 'colleague'},\n\n`
  const query = `subject=${encodeURIComponent(mailSubject)}&body=${encodeURIComponent(greeting)}`
  const mailto = `mailto:${encodeURIComponent(email)}?${query}`
  return (
    <div className="enquiry-actions">
      <a className="btn btn--style-primary btn--size-medium" href={mailto}>
        Reply by email
      </a>
      {phone ? (
        <a className="btn btn--style-secondary btn--size-medium" href={telHref(phone)}>
          Call {phone}
        </a>
      ) : null}
    </div>
  )
}
