// Honest numbers: how often each public release is read, counted here, in the server every request passes through,
// so a page served from Next's cache is counted like one just rendered. Nothing is stored about the reader: no
// cookie is set or read, no address or browser string is kept; a request only adds one to a count for its
// release, kind and London day. The app (lib/numbers/flush.ts) writes the counts to PostgreSQL every few seconds.

// Crawlers, link previews, monitors and scripts, by what they call themselves; a request with no name is one too.
const NOT_A_READER = new RegExp(
  [
    ...['bot\\b', 'bot/', 'crawl', 'spider', 'slurp', 'archiver'],
    ...['facebookexternalhit', 'embedly', 'preview', 'whatsapp', 'telegram', 'discord', 'skype'],
    ...['headless', 'lighthouse', 'pagespeed', 'pingdom', 'uptime', 'monitor'],
    ...['curl', 'wget', 'python', 'java/', 'go-http-client', 'okhttp', 'axios', 'node-fetch', 'undici', 'libwww'],
    ...['httpclient', 'scrapy', 'feed', 'rss', 'wrk', 'autocannon', 'apachebench'],
  ].join('|'),
  'i',
)

// Which address is which kind of reading. A release's address is /news/<slug>; its files sit beneath it.
const RELEASE = /^\/news\/([a-z0-9-]{1,200})(?:\/(release\.txt|release\.pdf|press-kit\.zip))?\/?$/
const FILE = /^\/api\/media\/file\/[^/]+$/
const KIND_OF_FILE = { 'release.txt': 'text', 'release.pdf': 'pdf', 'press-kit.zip': 'kit' }
const MAX_KEYS = 50_000

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
  if (
    header(req, 'next-router-prefetch') ||
    /prefetch|prerender/i.test(`${header(req, 'sec-purpose') ?? ''} ${header(req, 'purpose') ?? ''}`)
  )
    return undefined
  const url = new URL(req.url ?? '/', 'http://x')
  const release = RELEASE.exec(url.pathname)
  if (release) return { kind: release[2] ? KIND_OF_FILE[release[2]] : 'view', slug: release[1] }
  // A download link on a release page names its release; the same file shown in a page is not a download.
  const from = url.searchParams.get('download')
  if (FILE.test(url.pathname) && from && /^[a-z0-9-]{1,200}$/.test(from)) return { kind: 'download', slug: from }
  return undefined
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
    const counts = tally()
    const key = `${londonDay.format(now())}\t${reading.kind}\t${reading.slug}`
    if (counts.size >= MAX_KEYS && !counts.has(key)) return
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
}
