import type { TextFieldSingleValidation } from 'payload'

/** A story's address is a web address or nothing: never javascript: or a bare word an editor could click. */
export const httpAddress: TextFieldSingleValidation = (value) => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Give a web address starting https://'
  } catch {
    return 'Give a web address starting https://'
  }
}
