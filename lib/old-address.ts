// Old addresses (from a previous website, or printed on paper) that lead to something here.

// Pages and routes of this site that an old address may not take over.
const RESERVED = /^\/(admin|api|_next|preview|media-enquiries|search|subscribe|news\/?$|topics\/?$|contacts\/?$|accessibility\/?$|$)/

/** The path of an address as typed or pasted: no origin, query or fragment, no trailing slash. */
export function normaliseOldAddress(value: unknown): unknown {
  if (typeof value !== 'string' || !value.trim()) return value
  let path = value.trim()
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname
  } catch {
    return value
  }
  path = path.split(/[?#]/)[0]
  if (!path.startsWith('/')) path = `/${path}`
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

export function validOldAddress(value: unknown): true | string {
  if (typeof value !== 'string' || !value) return 'Enter the old address, starting with / (for example /press/2019/old-story.html).'
  if (/\s/.test(value)) return 'An address has no spaces: copy it from the browser’s address bar.'
  if (RESERVED.test(value)) return 'That address belongs to a page of this site, so it cannot redirect.'
  return true
}

/** Where a redirect may lead: a path on this site or an http(s) address. */
export function validTarget(value: unknown): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string') return 'Enter an address.'
  if (value.startsWith('/') && !value.startsWith('//') && !/\s/.test(value)) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Enter a path starting / or an address starting https://'
  } catch {
    return 'Enter a path starting / or an address starting https://'
  }
}
