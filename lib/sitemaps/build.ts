import type { Payload } from 'payload'
import { publicReleaseCount, releaseEntries, sitemapHead } from './entries'
import { SITEMAP_FILE_SIZE, sitemapIndex, urlset, type SitemapEntry } from './xml'

/** What decides the sitemap's files: the fixed pages and topics, and how many public releases there are. */
export type SitemapShape = { head: SitemapEntry[]; releases: number }

export async function sitemapShape(payload: Payload): Promise<SitemapShape> {
  const [head, releases] = await Promise.all([sitemapHead(payload), publicReleaseCount(payload)])
  return { head, releases }
}

/**
 * One file while everything fits in one, else an index of numbered files: file 1 the fixed pages and topics, then the
 * releases a slice each. Each file is built from its own query, so none needs the whole list of releases in memory,
 * and each is small enough to be cached on its own.
 */
const filesOf = ({ head, releases }: SitemapShape, size: number) =>
  head.length + releases <= size ? 1 : 1 + Math.ceil(releases / size)

export async function buildSitemapRoot(
  payload: Payload,
  base: string,
  size = SITEMAP_FILE_SIZE,
  shape?: SitemapShape,
): Promise<string> {
  const known = shape ?? (await sitemapShape(payload))
  const files = filesOf(known, size)
  if (files === 1) return urlset([...known.head, ...(await releaseEntries(payload, 1, size))], base)
  return sitemapIndex(files, base)
}

/** One numbered file of the index, or null when there is no such file (or no index at all). */
export async function buildSitemapFile(
  payload: Payload,
  base: string,
  file: number,
  size = SITEMAP_FILE_SIZE,
  shape?: SitemapShape,
): Promise<string | null> {
  const known = shape ?? (await sitemapShape(payload))
  const files = filesOf(known, size)
  if (files === 1 || !Number.isSafeInteger(file) || file < 1 || file > files) return null
  return urlset(file === 1 ? known.head : await releaseEntries(payload, file - 1, size), base)
}
