import type { Payload } from 'payload'
import { publicReleaseCount, releaseEntries, sitemapHead } from './entries'
import { SITEMAP_FILE_SIZE, sitemapIndex, urlset } from './xml'

/**
 * The shape of the sitemap: one file while everything fits in one, else an index of numbered files (file 1 the fixed
 * pages and topics, then the releases a slice each). Each file is built from its own queries, so none needs the
 * whole list of releases in memory, and each is small enough to be cached on its own.
 */
async function shape(payload: Payload, size: number) {
  const [head, releases] = await Promise.all([sitemapHead(payload), publicReleaseCount(payload)])
  const single = head.length + releases <= size
  return { head, single, files: single ? 1 : 1 + Math.ceil(releases / size) }
}

export async function buildSitemapRoot(payload: Payload, base: string, size = SITEMAP_FILE_SIZE): Promise<string> {
  const { head, single, files } = await shape(payload, size)
  if (single) return urlset([...head, ...(await releaseEntries(payload, 1, size))], base)
  return sitemapIndex(files, base)
}

/** One numbered file of the index, or null when there is no such file (or no index at all). */
export async function buildSitemapFile(payload: Payload, base: string, file: number, size = SITEMAP_FILE_SIZE): Promise<string | null> {
  const { head, single, files } = await shape(payload, size)
  if (single || !Number.isSafeInteger(file) || file < 1 || file > files) return null
  return urlset(file === 1 ? head : await releaseEntries(payload, file - 1, size), base)
}
