import type { Media, Release } from '../../payload-types'

// Payload writes file addresses absolute when the site's address is known (SITE_URL), relative otherwise.
const FILE_ADDRESS = /^(https?:\/\/[^/]+)?\/api\/media\/file\//

type MediaLike = Pick<Media, 'filename' | 'mimeType' | 'sizes'>
const isMedia = (value: unknown): value is MediaLike =>
  Boolean(value && typeof value === 'object' && 'filename' in value)

function uploadsInBody(node: unknown, out: unknown[]) {
  if (!node || typeof node !== 'object') return
  const n = node as { type?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (n.type === 'upload') out.push(n.value)
  if (n.root) uploadsInBody(n.root, out)
  for (const child of n.children ?? []) uploadsInBody(child, out)
}

/**
 * Every file a release shows or offers (hero, SEO image, downloads, pictures in the body, each in every size), by
 * file name with its type: what a preview link's holder may fetch, and nothing else.
 */
export function releaseFiles(release: Release): Map<string, string> {
  const media: unknown[] = [release.heroImage, release.meta?.image, ...(release.downloads ?? [])]
  uploadsInBody(release.body, media)
  const files = new Map<string, string>()
  for (const m of media.filter(isMedia)) {
    if (m.filename) files.set(m.filename, m.mimeType ?? 'application/octet-stream')
    for (const size of Object.values(m.sizes ?? {}))
      if (size?.filename) files.set(size.filename, size.mimeType ?? m.mimeType ?? 'application/octet-stream')
  }
  return files
}

/** The release with its file addresses moved under the preview link, where the link's holder may fetch them. */
export function withPreviewFileUrls<T>(value: T, token: string): T {
  if (typeof value === 'string') return value.replace(FILE_ADDRESS, `/preview/${token}/media/`) as T
  if (Array.isArray(value)) return value.map((v) => withPreviewFileUrls(v, token)) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPreviewFileUrls(v, token)])) as T
  return value
}
