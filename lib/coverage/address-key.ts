export const MAX_ADDRESS_LENGTH = 2_000

export type StoryAddress = { url: string; key: string }

const NOT_WEB = 'not a web address'
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+$/

/**
 * A story's address as it is kept (tracking parameters and fragment dropped), and the key two addresses for the same
 * story share: http or https, www. or not, a trailing slash or not, with or without utm_ parameters.
 */
export function storyAddress(raw: string): StoryAddress | { reason: string } {
  if (raw.length > MAX_ADDRESS_LENGTH) return { reason: `too long (at most ${MAX_ADDRESS_LENGTH} characters)` }
  const written = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`
  let url: URL
  try {
    url = new URL(written)
  } catch {
    return { reason: NOT_WEB }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { reason: `${NOT_WEB}: only http:// and https:// addresses are logged` }
  }
  // A user name or password in an address is someone's login, not a story.
  if (!HOST.test(url.hostname) || url.username || url.password) return { reason: NOT_WEB }
  url.hash = ''
  const tracking = [...url.searchParams.keys()].filter((name) => /^utm_/i.test(name))
  for (const name of tracking) url.searchParams.delete(name)
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '')
  const key = `${host}${url.pathname.replace(/\/+$/, '')}${url.search}`
  if (url.href.length > MAX_ADDRESS_LENGTH) return { reason: `too long (at most ${MAX_ADDRESS_LENGTH} characters)` }
  return { url: url.href, key }
}

/** The key of an address already logged, or null for one that no longer reads as a web address. */
export function keyOf(url: string | null | undefined): string | null {
  if (!url) return null
  const address = storyAddress(url)
  return 'key' in address ? address.key : null
}
