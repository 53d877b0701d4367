import { requestPath } from './cache-tags.mjs'

// Reading pages are sent without the framework's JavaScript. Every public page works without scripts (links, the
// search and filter forms, lazy pictures); Next's runtime and the page's React payload were 140 KiB of script that a
// phone must parse and run before the page's largest picture is painted (Lighthouse mobile 75-87). So for anonymous
// readers this server takes Next's scripts out of public pages and the public forms; the little they do with
// scripts (the copy buttons, focus on a form's answer) is public/assets/enhance.js. Which pages: those with public
// tags (server/cache-tags.mjs) and the forms below, so staff (anything credential-like), the admin, previews,
// personal links and the API get pages as Next made them. Why, and what it costs:
// docs/decisions/0003-reading-pages-without-framework-scripts.md.

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

// The public forms post to server actions, and Next answers a plain POST with the whole page (or a redirect), so
// they work without scripts too; public/assets/enhance.js moves focus to their answers and marks a form as sending.
// Their answers are personal, so unlike reading pages they are never tagged for a shared cache.
const FORMS = new Set(['/media-enquiries', '/media-enquiries/thanks', '/subscribe'])
const FORM_METHODS = new Set(['GET', 'HEAD', 'POST'])

/** Whether this answer goes out without Next's scripts: public pages (they carry tags) and the public forms. */
export function sentWithoutFramework(req, credentialed, tags) {
  if (tags) return true
  return !credentialed && FORM_METHODS.has(req.method) && FORMS.has(requestPath(req))
}
