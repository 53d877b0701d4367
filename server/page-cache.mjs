// Next's own page cache (memory only: isrFlushToDisk is off), with one change: pages that answer 404 live in a small
// pool of their own. Every address a visitor or a bot makes up renders a 404 that Next would keep beside the real
// pages, so a few thousand random addresses pushed the home page and the releases out of memory. In the pool a flood
// of them only pushes out other 404s, and a broken link asked often is still answered from memory. Tags expire the
// pool's entries exactly as they expire Next's (a 404 for a slug goes when that slug is published).
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js')
const { areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

const MISSING_ENTRIES = 200
const TAGS_HEADER = 'x-next-cache-tags'
const KEY = Symbol.for('press-office.missing-pages')
/** @type {Map<string, { value: any, lastModified: number, cacheControl: any }>} */
const missing = (globalThis[KEY] ??= new Map())

const isMissingPage = (data) =>
  data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE' || data.kind === 'PAGES') && data.status === 404

export default class PageCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = missing.get(key)
    if (!entry) return super.get(key, ctx)
    const tags = entry.value.headers?.[TAGS_HEADER]
    if (typeof tags === 'string' && tags && areTagsExpired(tags.split(','), entry.lastModified)) {
      missing.delete(key)
      return null
    }
    // Most recently used last: the first entry is the one to evict.
    missing.delete(key)
    missing.set(key, entry)
    return entry
  }

  async set(key, data, ctx) {
    if (!isMissingPage(data)) {
      missing.delete(key)
      return super.set(key, data, ctx)
    }
    missing.delete(key)
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl
    missing.set(key, { value: data, lastModified: Date.now(), cacheControl })
    for (const oldest of missing.keys()) {
      if (missing.size <= MISSING_ENTRIES) break
      missing.delete(oldest)
    }
  }
}

/** How many 404 pages are kept (for tests and benchmarks). */
export const missingPagesKept = () => missing.size
