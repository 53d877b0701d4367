// Rich text links come from editors, but a stored "javascript:" URL must never reach a reader's browser.
const SAFE = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i

export const safeHref = (url: unknown): string | undefined =>
  typeof url === 'string' && SAFE.test(url.trim()) ? url.trim() : undefined
