// Who is a person: shared by the reading counter (server/count-requests.mjs) and the preview-link log
// (lib/preview/open-kind.ts), so a robot is a robot everywhere.

// Crawlers, link previews, monitors and scripts, by what they call themselves; a request with no name is one too.
export const NOT_A_READER = new RegExp(
  [
    ...['bot\\b', 'bot/', 'crawl', 'spider', 'slurp', 'archiver'],
    ...['facebookexternalhit', 'embedly', 'preview', 'whatsapp', 'telegram', 'discord', 'skype'],
    ...['headless', 'lighthouse', 'pagespeed', 'pingdom', 'uptime', 'monitor'],
    ...['curl', 'wget', 'python', 'java/', 'go-http-client', 'okhttp', 'axios', 'node-fetch', 'undici', 'libwww'],
    ...['httpclient', 'scrapy', 'feed', 'rss', 'wrk', 'autocannon', 'apachebench'],
  ].join('|'),
  'i',
)

/** A browser fetching a page ahead of a click (speculation rules, Next's router): not a reading until it is opened. */
export function isPrefetch(header) {
  return Boolean(
    header('next-router-prefetch') ||
    /prefetch|prerender/i.test(`${header('sec-purpose') ?? ''} ${header('purpose') ?? ''}`),
  )
}
