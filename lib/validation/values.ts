// Generous on format, strict on nonsense: journalists call these numbers from anywhere.
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/
// The same rule as Payload's email fields, where addresses are stored: an address the form accepts must save.
const LOCAL_CHAR = "[\\w!#$%&'*+/=?^`{|}~-]"
const LOCAL_PART = `${LOCAL_CHAR}(?:[\\w!#$%&'*+/=?^\`{|}~.-]*${LOCAL_CHAR})?`
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
export const EMAIL_PATTERN = new RegExp(`^(?!.*\\.\\.)${LOCAL_PART}@${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,}$`, 'i')

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
