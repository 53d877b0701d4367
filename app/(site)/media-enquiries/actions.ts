'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { payload } from '@/lib/data/payload'
import { clientIp } from '@/lib/enquiries/client-ip'
import { FILL_TOKEN } from '@/lib/enquiries/fields'
import type { EnquiryFormState } from '@/lib/enquiries/form-state'
import { enquiryLimits } from '@/lib/enquiries/limits'
import { readValues } from '@/lib/enquiries/schema'
import { submitEnquiry, type SubmitResult } from '@/lib/enquiries/submit'

const UNAVAILABLE =
  'Sorry, we could not send your enquiry just now. Please try again in a moment, or phone or email the press office.'

/** The form's server action: a thin wrapper that turns submitEnquiry's answer into a page or a redirect. */
export async function sendEnquiry(previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  // Without JavaScript the previous state comes back from a hidden field, so it is only trusted to be a number.
  const attempt = (Number(previous?.attempt) || 0) + 1
  let result: SubmitResult
  try {
    result = await submitEnquiry(await payload(), form, { ip: clientIp(await headers()), ...enquiryLimits() })
  } catch (error) {
    // Not the reader's mistake, but still no error page: their text stays in the form to send again.
    ;(await payload()).logger.error({ err: error, msg: 'A media enquiry could not be saved' })
    const token = form.get(FILL_TOKEN)
    return {
      status: 'invalid',
      attempt,
      values: readValues(form),
      errors: {},
      formError: UNAVAILABLE,
      token: String(token ?? ''),
    }
  }
  if (result.kind === 'sent') redirect(`/media-enquiries/thanks?ref=${encodeURIComponent(result.reference)}`)
  if (result.kind === 'discarded') redirect('/media-enquiries/thanks')
  // The limit is answered with HTTP 429, which only a route handler can send (see too-many/route.ts).
  if (result.kind === 'rate-limited') redirect('/media-enquiries/too-many')
  return {
    status: 'invalid',
    attempt,
    values: result.values,
    errors: result.errors,
    formError: result.formError,
    token: result.token,
  }
}
