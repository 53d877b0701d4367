import type { CollectionBeforeValidateHook } from 'payload'
import { normaliseAddress } from '../../../lib/distribution/address'

/** One journalist, one address: stored trimmed and lower-case, so duplicates are found however they were typed. */
export const normaliseEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = normaliseAddress(data.email)
  return data
}
