import type { Payload } from 'payload'
import { SURROGATE_KEY } from '../../server/cache-tags.mjs'
import { env } from '../env'

/**
 * Tells the shared caches in front (CDN_PURGE_URL: one address or several, comma-separated, such as Varnish with
 * deploy/varnish/press-office.vcl) to drop every answer that names one of these tags in its Surrogate-Key header
 * (server/cache-tags.mjs), so they show the change at once rather than within CDN_MAX_AGE. One request per cache,
 * whatever the number of addresses. Best effort: a cache that does not answer still forgets within CDN_MAX_AGE.
 */
export async function purgeSharedCache(tags: string[], payload?: Payload, base = env().CDN_PURGE_URL): Promise<void> {
  if (!base || !tags.length) return
  const caches = base
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  await Promise.all(
    caches.map((cache) =>
      fetch(cache, {
        method: 'PURGE',
        headers: { [SURROGATE_KEY]: [...new Set(tags)].join(' ') },
        signal: AbortSignal.timeout(3000),
      })
        .then(async (res) => {
          await res.body?.cancel()
          if (!res.ok) throw new Error(`HTTP ${res.status}`)
        })
        .catch((error: unknown) =>
          payload?.logger.warn({ err: error, cache, tags }, 'A shared cache did not take a purge'),
        ),
    ),
  )
}
