// Next 16 sends a page that called notFound() as an empty document (`<html id="__next_error__">`, no `lang`), its
// not-found markup only inside the script payload (vercel/next.js#98295, #98954): read without JavaScript, by a
// screen reader before the scripts run or by a crawler, every 404 is blank. This server sends the same message as a
// whole page instead, rendered by Next at an internal address (app/(site)/[variant]/page-not-found) and kept here a
// minute, with the 404 status the answer had.
import { randomBytes } from 'node:crypto'

export const INTERNAL_HEADER = 'x-press-office-not-found'
export const NOT_FOUND_PATHS = ['/page-not-found', '/page-not-found/preview']
const KEEP_MS = 60_000
const ERROR_SHELL = /^\s*<!DOCTYPE html>\s*<html id="__next_error__"/i

/**
 * `admit(req)` lets through the header only this server's own request carries (any outside copy is dropped), so
 * the proxy can refuse the internal pages to everyone else; `replacement(req, res, html)` is the whole page for an
 * empty 404 document, or undefined for any other answer.
 */
export function notFoundPages(origin, { fetchPage = fetch, now = Date.now } = {}) {
  const token = randomBytes(16).toString('hex')
  const kept = new Map()
  const load = (path) =>
    fetchPage(new URL(path, origin()), { headers: { [INTERNAL_HEADER]: token, 'accept-encoding': 'identity' } }).then(
      async (answer) => (answer.ok ? answer.text() : undefined),
    )
  const page = (path) => {
    const hit = kept.get(path)
    if (hit && now() - hit.at < KEEP_MS) return hit.html
    // One request at a time per page, however many 404s arrive meanwhile; a failure is forgotten at once.
    const html = load(path).catch(() => undefined)
    kept.set(path, { at: now(), html })
    html.then((value) => value === undefined && kept.delete(path))
    return html
  }
  return {
    admit(req) {
      if (req.headers[INTERNAL_HEADER] === token) req.headers[INTERNAL_HEADER] = '1'
      else delete req.headers[INTERNAL_HEADER]
    },
    async replacement(req, res, html) {
      if (res.statusCode !== 404 || req.method !== 'GET' || !ERROR_SHELL.test(html)) return undefined
      // Our own request is answered as it is, or a missing internal page would wait for itself.
      if (req.headers[INTERNAL_HEADER] === '1') return undefined
      const preview = /^\/preview\//.test(req.url ?? '')
      return page(NOT_FOUND_PATHS[preview ? 1 : 0])
    },
  }
}
