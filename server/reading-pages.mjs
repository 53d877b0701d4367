// Reading pages are sent without the framework's JavaScript. Every public page works without scripts (links, the
// search and filter forms, lazy pictures); Next's runtime and the page's React payload were 140 KiB of script that a
// phone must parse and run before the page's largest picture is painted (Lighthouse mobile 75-87). So for anonymous
// readers this server takes Next's scripts out of public pages; the little the pages do with scripts (the copy
// buttons) is public/assets/enhance.js. Which pages: those with public tags (server/cache-tags.mjs), so staff
// (anything credential-like), the admin, the forms, previews and the API get pages as Next made them. Why, and what
// it costs: docs/decisions/0003-reading-pages-without-framework-scripts.md.

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const SCRIPT_LINK =
  /<link\b(?=[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)\b)(?=[^>]*\bas\s*=\s*["']?script\b)[^>]*>/gi
const MODULE_LINK = /<link\b(?=[^>]*\brel\s*=\s*["']?modulepreload\b)[^>]*>/gi
const KEEP = /\btype\s*=\s*["']?application\/ld\+json|\bsrc\s*=\s*["']?\/assets\//i

/** The page without Next's scripts and script preloads; structured data and this site's own scripts stay. */
export function withoutFrameworkScripts(html) {
  return html
    .replace(SCRIPT, (element, attributes) => (KEEP.test(attributes) ? element : ''))
    .replace(SCRIPT_LINK, '')
    .replace(MODULE_LINK, '')
}
