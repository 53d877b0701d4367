// Generous on format, strict on nonsense: journalists call these numbers from anywhere.
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const validPhone = (value: unknown): true | string =>
  value == null || value === '' || (typeof value === 'string' && PHONE_PATTERN.test(value.trim()))
    ? true
    : 'Enter a phone number with digits, spaces and an optional leading + (for example +44 1632 960123).'

export const validUrl = (value: unknown): true | string => {
  if (value == null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Enter a web address starting https://'
  } catch {
    return 'Enter a full web address starting https://'
  }
}
