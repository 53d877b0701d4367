import { isReserved } from './table'

// Old addresses (from a previous website, or printed on paper) that lead to something here.

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
  if (typeof value !== 'string' || !value)
    return 'Enter the old address, starting with / (for example /press/2019/old-story.html).'
  if (/\s/.test(value)) return 'An address has no spaces: copy it from the browser’s address bar.'
  // Pages and routes of this site (lib/routes/table) are not an old address's to take over.
  if (isReserved(value)) return 'That address belongs to a page of this site, so it cannot redirect.'
  return true
}

/**
 * A path on this site, or an http(s) address. Browsers read a backslash as a slash, so `/\evil.example` would
 * leave the site like `//evil.example`: a local path may contain neither, nor spaces or control characters.
 */
export function isSafeTarget(value: string): boolean {
  if (value.startsWith('/')) return !/^\/[\\/]/.test(value) && !/[\s\\\u0000-\u001f]/.test(value)
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && !/[\s\u0000-\u001f]/.test(value)
  } catch {
    return false
  }
}

/** Where a redirect may lead: a path on this site or an http(s) address. */
export function validTarget(value: unknown): true | string {
  if (value == null || value === '') return true
  if (typeof value !== 'string') return 'Enter an address.'
  return isSafeTarget(value)
    ? true
    : 'Enter a path starting / (no backslashes or spaces) or an address starting https://'
}
