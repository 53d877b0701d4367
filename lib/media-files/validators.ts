import type { StoredFile } from './store'

/**
 * The validators a cache asks about: a strong ETag (the bucket's own, or size and time of the last write on disk;
 * a replaced file is a new write) and Last-Modified to the second, as HTTP dates carry it.
 */
export function validators(file: StoredFile): { etag: string; lastModified?: string } {
  const modified = file.modified ? Math.floor(file.modified.getTime() / 1000) : 0
  const etag = file.etag ?? `"${file.size.toString(36)}-${modified.toString(36)}"`
  return { etag, lastModified: file.modified ? new Date(modified * 1000).toUTCString() : undefined }
}

const tags = (header: string) => header.split(',').map((t) => t.trim().replace(/^W\//, ''))

/** Whether the client's copy is current (RFC 9110: If-None-Match wins over If-Modified-Since when both are sent). */
export function notModified(headers: Headers, file: StoredFile): boolean {
  const { etag } = validators(file)
  const match = headers.get('if-none-match')
  if (match) return match.trim() === '*' || tags(match).includes(etag.replace(/^W\//, ''))
  const since = Date.parse(headers.get('if-modified-since') ?? '')
  return Boolean(file.modified) && !Number.isNaN(since) && Math.floor(file.modified!.getTime() / 1000) * 1000 <= since
}
