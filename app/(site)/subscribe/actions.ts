'use server'

import { headers } from 'next/headers'
import { readSubscribeValues } from '@/lib/alerts/fields'
import type { SubscribeFormState } from '@/lib/alerts/form-state'
import { subscribe } from '@/lib/alerts/subscribe'
import { payload } from '@/lib/data/payload'
import { clientIp } from '@/lib/enquiries/client-ip'

const UNAVAILABLE = 'Sorry, we could not subscribe you just now. Please try again in a moment.'
const TOO_MANY = 'There have been too many subscription requests from here or for this address. Please try again later.'

/** The subscribe form's server action: a thin wrapper that turns subscribe()'s answer into the form's state. */
export async function subscribeAction(previous: SubscribeFormState, form: FormData): Promise<SubscribeFormState> {
  const attempt = (Number(previous?.attempt) || 0) + 1
  const values = readSubscribeValues(form)
  try {
    const result = await subscribe(await payload(), values, { ip: clientIp(await headers()) })
    if (result.kind === 'sent') return { status: 'sent', attempt, email: result.email }
    if (result.kind === 'rate-limited') return { status: 'invalid', attempt, values, errors: {}, formError: TOO_MANY }
    return { status: 'invalid', attempt, values: result.values, errors: result.errors }
  } catch (error) {
    ;(await payload()).logger.error({ err: error, msg: 'A subscription could not be saved' })
    return { status: 'invalid', attempt, values, errors: {}, formError: UNAVAILABLE }
  }
}
