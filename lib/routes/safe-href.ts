// Rich text links come from editors (and imports), but a stored "javascript:" or "data:" URL must never reach a
// reader's browser, nor a "/\host" path, which browsers read as "//host" and so leave the site.
const SAFE = /^(https?:|mailto:|tel:|\/(?![/\\])|#)/i

export const safeHref = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined
  const href = url.trim()
  return SAFE.test(href) && !/[\u0000-\u001f\\]/.test(href.split(/[?#]/)[0]) ? href : undefined
}
