import type { Payload } from 'payload'
import { TAGS } from '../data/tags'
import { env } from '../env'

const RELEASE = /^release:(.+)$/

/** The public addresses a cache tag's pages live at (with no query string; lists' other pages age out). */
export function pathsForTags(tags: string[]): string[] {
  const paths = new Set<string>()
  for (const tag of tags) {
    const slug = tag.match(RELEASE)?.[1]
    if (slug)
      for (const path of [`/news/${slug}`, `/news/${slug}/release.txt`, `/news/${slug}/card.png`]) paths.add(path)
    if (tag === TAGS.releases)
      for (const path of ['/', '/news', '/news/feed.xml', '/sitemap.xml', '/sitemap-news.xml', '/topics'])
        paths.add(path)
    if (tag === TAGS.contacts || tag === TAGS.settings) for (const path of ['/', '/contacts']) paths.add(path)
    if (tag === TAGS.topics) paths.add('/topics')
  }
  return [...paths]
}

/**
 * Tells a shared cache in front (CDN_PURGE_URL: Varnish, an nginx with a purge location, a CDN's purge endpoint) to
 * drop the pages a change touched, so it shows the change at once rather than within CDN_MAX_AGE. Best effort: a
 * cache that does not answer still forgets the page within CDN_MAX_AGE.
 */
export async function purgeSharedCache(tags: string[], payload?: Payload, base = env().CDN_PURGE_URL): Promise<void> {
  if (!base) return
  await Promise.all(
    pathsForTags(tags).map((path) =>
      fetch(new URL(path, base), { method: 'PURGE', signal: AbortSignal.timeout(3000) }).catch((error: unknown) =>
        payload?.logger.debug({ err: error, path }, 'The shared cache did not take a purge'),
      ),
    ),
  )
}
