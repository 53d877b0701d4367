// Anonymous API requests are paced per client address here, before Next or Payload spends anything on them. The
// lines of turns inside the app (lib/api/turns.ts) bound how much work runs at once, but turning a request away
// there still costs the server's one JavaScript thread a millisecond or two of routing: a single client asking
// hundreds of made-up addresses a second would take that thread from every reader. Here a request over its client's
// budget is a 429 in microseconds. Only requests with nothing credential-like are paced (server/credentials.mjs):
// anything that may be staff goes on to Payload, whose own auth decides, and is not slowed.
import { performance } from 'node:perf_hooks'
import { carriesCredentials } from './credentials.mjs'
import { securityHeaders } from './security-headers.mjs'

// How many anonymous requests of each kind this server lets into the app at once, whoever sends them: the app's own
// lines (lib/api/turns.ts) run 4 API reads and 8 file reads at a time and queue a few more; everything past that
// waits here, where waiting costs a timer and not the thread's time. Sign-in is not capped here: it has its own
// line in the app and the per-address pace below.
export const IN_FLIGHT = { api: 24, files: 48 }
// And, while the thread is nearly always busy (its event loop utilisation over the last quarter second above
// PRESSURE), how many
// anonymous API requests this server starts each second from everyone together: a flood from more addresses than
// any per-address pace can tell apart still cannot take more than this share of the thread from the pages. Files
// are not capped so: they are the pictures of the pages themselves.
export const ALL_CLIENTS = { api: { capacity: 40, perSecond: 15 } }
export const PRESSURE = 0.85
let pressured = false
let last = performance.eventLoopUtilization()
setInterval(() => {
  const now = performance.eventLoopUtilization()
  pressured = performance.eventLoopUtilization(now, last).utilization > PRESSURE
  last = now
}, 250).unref()
/** Whether the server's thread is falling behind (for tests and benchmarks). */
export const underPressure = () => pressured
// Tokens a client may spend at once, and how many come back each second, per kind of request.
export const PACE = {
  api: { capacity: 60, perSecond: 5 },
  files: { capacity: 300, perSecond: 60 },
  signIn: { capacity: 20, perSecond: 2 },
}
const MAX_CLIENTS = 100_000
// The same headers as every answer of the app's (next.config.ts), for the answers given here instead.
const SECURITY_HEADERS = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]))
// An over-budget request is answered after a pause: a client that ignores Retry-After and asks again at once is
// slowed to one request per connection per pause, at the cost of a timer, not of work. Past this many held at once,
// the answer is immediate and closes the connection.
const PAUSE_MS = 1_000
const MAX_HELD = 2_000
let held = 0
const inFlight = { api: 0, files: 0 }
const SIGN_IN_ENDPOINTS = [
  ...['login', 'logout', 'refresh-token', 'forgot-password', 'reset-password'],
  ...['first-register', 'init', 'unlock', 'verify', 'me'],
]
const SIGN_IN = new RegExp(`^/api/users/(?:${SIGN_IN_ENDPOINTS.join('|')})(?:/|$)`)
const FILE = /^\/api\/[^/]+\/file\//

/** The path as the router will read it: percent-escapes decoded, runs of slashes and dot segments folded. */
function routedPath(url) {
  let path = String(url ?? '/').split(/[?#]/)[0]
  try {
    path = decodeURIComponent(path)
  } catch {
    // Left as it is: Next answers an address it cannot decode with a 400 before any route runs.
  }
  return new URL(path.replace(/\/{2,}/g, '/'), 'http://x').pathname.replace(/\/{2,}/g, '/')
}

/** Which budget a request spends from, or undefined when it is not paced here. */
export function paceOf(req) {
  const path = routedPath(req.url)
  if (path !== '/api' && !path.startsWith('/api/')) return undefined
  if (path === '/api/health' || carriesCredentials(req.headers)) return undefined
  if (SIGN_IN.test(path)) return 'signIn'
  return FILE.test(path) ? 'files' : 'api'
}

function buckets() {
  globalThis.pressOfficePace ??= new Map()
  return globalThis.pressOfficePace
}

/** Spends one token of the client's budget; false when there is none left. */
export function spend(kind, client, now = Date.now(), rule = PACE[kind]) {
  const all = buckets()
  const key = `${kind}\t${client}`
  const bucket = all.get(key) ?? { tokens: rule.capacity, at: now }
  bucket.tokens = Math.min(rule.capacity, bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond)
  bucket.at = now
  all.delete(key)
  if (all.size >= MAX_CLIENTS) all.delete(all.keys().next().value)
  all.set(key, bucket)
  if (bucket.tokens < 1) return false
  bucket.tokens -= 1
  return true
}

function refuse(res, close, status = 429) {
  if (res.destroyed || res.writableEnded) return
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json',
    'Retry-After': '1',
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  })
  const message =
    status === 429
      ? 'Too many requests from your address. Please slow down.'
      : 'The API is busy. Please try again in a moment.'
  res.end(JSON.stringify({ errors: [{ message }] }))
}

function hold(res, pauseMs, status) {
  if (held >= MAX_HELD) return refuse(res, true, status)
  held++
  setTimeout(() => {
    held--
    refuse(res, false, status)
  }, pauseMs).unref()
}

/** Answers 429 for a request over its client's budget (true), or lets it through (false). */
export function paceAnonymousApi(req, res, client, { pauseMs = PAUSE_MS, busy = underPressure, now = Date.now } = {}) {
  const kind = paceOf(req)
  if (!kind) return false
  const at = now()
  if (!spend(kind, client, at)) {
    hold(res, pauseMs, 429)
    return true
  }
  if (!(kind in IN_FLIGHT)) return false
  const overAll = busy() && kind in ALL_CLIENTS && !spend(kind, '*', at, ALL_CLIENTS[kind])
  if (inFlight[kind] >= IN_FLIGHT[kind] || overAll) {
    hold(res, pauseMs, 503)
    return true
  }
  inFlight[kind]++
  res.once('close', () => inFlight[kind]--)
  return false
}
