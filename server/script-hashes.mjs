// A Content Security Policy without 'unsafe-inline' for scripts, on every page. Next inlines scripts of its own in
// each page (the React Server Components payload, its bootstrap), and so does Payload's admin; a nonce would make
// every page render per request, so cached pages could no longer be served from memory. Instead this server reads
// each HTML answer once it is complete, hashes every inline script in it, and names exactly those hashes in the
// page's policy: any other inline script (an injected one) is refused by the browser. Why, and what it costs:
// docs/decisions/0002-content-security-policy.md.
import { createHash } from 'node:crypto'
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateSync,
} from 'node:zlib'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i
// Script elements a browser runs; data blocks (application/ld+json) are never run, so need no hash.
const RUNS = (type) => !type || /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|module)$/i.test(type)

/** The CSP source for every inline script a page runs, as the browser hashes it (line breaks normalised). */
export function inlineScriptHashes(html) {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || !RUNS(TYPE.exec(attributes)?.[1])) continue
    const text = body.replace(/\r\n?/g, '\n')
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The policy with `script-src` allowing these inline scripts by hash instead of any inline script. */
export function withScriptHashes(policy, hashes) {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/)
      if (name !== 'script-src') return directive.trim()
      return [name, ...sources.filter((s) => s !== "'unsafe-inline'"), ...hashes].join(' ')
    })
    .join('; ')
}

// A page put in place of the one Next sent is compressed as that one was: quickly (brotli's default, 11, costs tens
// of milliseconds for a page). A cached page is put in place the same way for every reader (server/reading-pages.mjs),
// so the last few are kept compressed: compressing each again cost a sixth of a cached page's throughput.
const KEPT_PAGES = 64
const compressedPages = new Map()

function compress(body, coding) {
  if (coding === 'gzip') return gzipSync(body, { level: 6 })
  if (coding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
  if (coding === 'deflate') return deflateSync(body)
  return body
}

function encoded(text, encoding) {
  const coding = String(encoding ?? '').toLowerCase()
  if (!['gzip', 'br', 'deflate'].includes(coding)) return Buffer.from(text, 'utf8')
  let kept = compressedPages.get(coding)
  if (!kept) compressedPages.set(coding, (kept = new Map()))
  const hit = kept.get(text)
  if (hit) return hit
  const body = compress(Buffer.from(text, 'utf8'), coding)
  kept.set(text, body)
  if (kept.size > KEPT_PAGES) kept.delete(kept.keys().next().value)
  return body
}

function decoded(body, encoding) {
  const coding = String(encoding ?? '').toLowerCase()
  if (coding === 'gzip') return gunzipSync(body)
  if (coding === 'br') return brotliDecompressSync(body)
  if (coding === 'deflate') return inflateSync(body)
  return body
}

/**
 * Holds an HTML response (and its headers) until it is complete, then sends it with its scripts' hashes in its
 * Content-Security-Policy. Anything that is not HTML with a policy passes through untouched and unbuffered.
 * `replace(html)` may give another page to send in its place (server/not-found-page.mjs), hashed the same way.
 */
export function hashInlineScripts(res, replace) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  let mode
  const chunks = []
  const decide = () =>
    (mode ??=
      /^text\/html/i.test(String(res.getHeader('content-type') ?? '')) && res.getHeader('content-security-policy')
        ? 'hold'
        : 'pass')
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')

  res.writeHead = function (status, ...rest) {
    for (const part of rest) {
      if (typeof part === 'string') res.statusMessage = part
      else if (Array.isArray(part)) {
        const pairs = Array.isArray(part[0]) ? part : part.flatMap((v, i) => (i % 2 ? [] : [[v, part[i + 1]]]))
        for (const [name, value] of pairs) res.setHeader(name, value)
      } else if (part && typeof part === 'object') for (const name of Object.keys(part)) res.setHeader(name, part[name])
    }
    res.statusCode = status
    return decide() === 'pass' ? original.writeHead.call(res, status) : res
  }
  res.flushHeaders = function () {
    if (decide() === 'pass') original.flushHeaders.call(res)
  }
  res.write = function (chunk, encoding, callback) {
    if (decide() === 'pass') return original.write.call(res, chunk, encoding, callback)
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (chunk, encoding, callback) {
    if (decide() === 'pass') return original.end.call(res, chunk, encoding, callback)
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    const sent = Buffer.concat(chunks)
    let html
    try {
      html = decoded(sent, res.getHeader('content-encoding')).toString('utf8')
    } catch {
      // An answer that cannot be read keeps the policy it was given.
    }
    const send = (body, page) => {
      if (page ?? html) {
        const policy = String(res.getHeader('content-security-policy'))
        res.setHeader('content-security-policy', withScriptHashes(policy, inlineScriptHashes(page ?? html)))
      }
      if (!res.headersSent && !res.hasHeader('transfer-encoding')) res.setHeader('content-length', body.length)
      // Node writes the head from end() through res.writeHead: hand the response its own methods back first.
      Object.assign(res, original)
      original.end.call(res, body, callback)
    }
    if (!replace || html === undefined) send(sent)
    else
      replace(html).then(
        (page) => (page === undefined ? send(sent) : send(encoded(page, res.getHeader('content-encoding')), page)),
        () => send(sent),
      )
    return res
  }
}
