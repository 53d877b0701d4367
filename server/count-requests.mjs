// Honest numbers: how often each public release is read, counted here, in the server every request passes through,
// so a page served from Next's cache is counted like one just rendered. Nothing is stored about the reader: no
// cookie is set or read, no address or browser string is kept; a request only adds one to a count for its
// release, kind and London day. The app (lib/numbers/flush.ts) writes the counts to PostgreSQL every few seconds.
// A reader is counted once per release, kind and half hour: recognised by a keyed hash of their address and browser
// string, under a random key made each London day and held only in this process's memory (never written, and
// forgotten with the day), and an address counts at most a few readers in that time, so a script reloading a page
// or changing its browser name cannot make a story look read.
import { createHmac, randomBytes } from 'node:crypto'
import { CLIENT_HEADER } from './client-address.mjs'
import { isPrefetch, NOT_A_READER } from './readers.mjs'

// Which address is which kind of reading. A release's address is /news/<slug>; its files sit beneath it.
const RELEASE = /^\/news\/([a-z0-9-]{1,200})(?:\/(release\.txt|release\.pdf|press-kit\.zip))?\/?$/
const FILE = /^\/api\/media\/file\/[^/]+$/
const KIND_OF_FILE = { 'release.txt': 'text', 'release.pdf': 'pdf', 'press-kit.zip': 'kit' }
const MAX_KEYS = 50_000
const HALF_HOUR = 30 * 60_000
const READERS_PER_ADDRESS = 5
const MAX_READERS = 200_000

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** The counts not yet written, shared with the app in this process: `${day}\t${kind}\t${slug}` → n. */
export function tally() {
  globalThis.pressOfficeTally ??= new Map()
  return globalThis.pressOfficeTally
}

function header(req, name) {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** What a request reads, if it is a reader's reading worth counting: its kind and the release's slug. */
export function readingOf(req) {
  // Most requests (assets, the admin, the API) are none of ours: a prefix test turns them away before any parsing.
  if (req.method !== 'GET' || !(req.url?.startsWith('/news/') || req.url?.startsWith('/api/media/file/')))
    return undefined
  const agent = header(req, 'user-agent') ?? ''
  if (!agent || NOT_A_READER.test(agent)) return undefined
  // Browsers fetch links ahead of a click (speculation rules, Next's router): not a reading until it is opened.
  if (isPrefetch((name) => header(req, name))) return undefined
  const url = new URL(req.url ?? '/', 'http://x')
  const release = RELEASE.exec(url.pathname)
  if (release) return { kind: release[2] ? KIND_OF_FILE[release[2]] : 'view', slug: release[1] }
  // A download link on a release page names its release; the same file shown in a page is not a download.
  const from = url.searchParams.get('download')
  if (FILE.test(url.pathname) && from && /^[a-z0-9-]{1,200}$/.test(from)) return { kind: 'download', slug: from }
  return undefined
}

function readers() {
  globalThis.pressOfficeReaders ??= { day: '', salt: randomBytes(32), seen: new Map() }
  return globalThis.pressOfficeReaders
}

/** Whether a key was seen fewer than `times` times in the last half hour; notes this time if so. */
function admit(seen, key, at, times) {
  const recent = (seen.get(key) ?? []).filter((t) => at - t < HALF_HOUR)
  if (recent.length >= times) return false
  seen.delete(key)
  seen.set(key, [...recent, at])
  return true
}

/** Whether this reading is the reader's first of this release and kind in half an hour (see the top of this file). */
export function firstReading(req, reading, now = new Date()) {
  const state = readers()
  const day = londonDay.format(now)
  if (state.day !== day) Object.assign(state, { day, salt: randomBytes(32), seen: new Map() })
  const at = now.getTime()
  // Oldest first: entries past the half hour are dropped from the front, and a full table starts again.
  for (const [key, times] of state.seen) {
    if (at - times[times.length - 1] < HALF_HOUR) break
    state.seen.delete(key)
  }
  if (state.seen.size >= MAX_READERS) state.seen.clear()
  const hash = (...parts) => createHmac('sha256', state.salt).update(parts.join('\n')).digest('base64')
  const address = header(req, CLIENT_HEADER) ?? ''
  const what = `${reading.kind}\t${reading.slug}`
  const reader = hash('reader', address, header(req, 'user-agent') ?? '', what)
  if ((state.seen.get(reader) ?? []).some((t) => at - t < HALF_HOUR)) return false
  if (!admit(state.seen, hash('address', address, what), at, READERS_PER_ADDRESS)) return false
  return admit(state.seen, reader, at, 1)
}

/**
 * Counts the request once it has been answered with the release: a 200, or a 304 to a browser re-opening a page it
 * kept; never a 404, an error or a redirect.
 */
export function countReadings(req, res, now = () => new Date()) {
  const reading = readingOf(req)
  if (!reading) return
  res.once('finish', () => {
    if (res.statusCode !== 200 && res.statusCode !== 304) return
    if (!firstReading(req, reading, now())) return
    const counts = tally()
    const key = `${londonDay.format(now())}\t${reading.kind}\t${reading.slug}`
    if (counts.size >= MAX_KEYS && !counts.has(key)) return
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
}
