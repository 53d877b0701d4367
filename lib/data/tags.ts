// Named cache tags: pages are cached under these, and Payload hooks invalidate them when content changes. Defined
// beside the table of which tags each address carries (server/cache-tags.mjs), which the HTTP server reads too.
export { TAGS } from '../../server/cache-tags.mjs'
