import { dateLine } from './dates'
import { blockText, runsText, type Block } from './types'

/** A regular expression's alternatives, as a group. */
export const anyOf = (...alternatives: string[]) => `(?:${alternatives.join('|')})`

export const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}0-9' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** A line as quoted in the report: whole when short, else its start. */
export const excerpt = (text: string, max = 60) =>
  `"${text.length > max ? `${text.slice(0, max).trimEnd()}...` : text}"`

// Page furniture that comes along when a release is copied from a web page.
const CHROME = new Set([
  'back',
  'tweet',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'bluesky',
  'threads',
  'email',
  'copy link',
  'accept',
  'accept all',
  'accept all cookies',
  'reject all',
  'cookie settings',
  'manage cookies',
  'skip to main content',
  'skip to content',
  'menu',
  'search',
  'home',
  'news',
])
// "Back", "← Back to news", "Back to all press releases": a link back to the list, never a headline ("Back to school").
const LISTS = anyOf('news', 'press', 'media', 'releases?', 'stories', 'articles', 'newsroom', 'home', 'top', 'blog')
const BACK_LINK = new RegExp(
  `^[<←«‹\\s]*back(?: to(?: the| all| our)? ${anyOf(LISTS, 'list(?:ing)?', 'results', 'search', 'index', 'events')}` +
    "\\b[\\p{L}&' -]{0,30})?$",
  'iu',
)
const SHARE = new RegExp(
  `^${anyOf('share(?: (?:this|on|via)\\b.{0,30})?', 'follow us(?: on .{0,30})?', 'back to top')}$|` +
    '^print(?: this)?(?: page| release| story| article)?$',
  'i',
)
const COOKIE_TEXT = /^(we|this (web)?site) uses? cookies|cookies? (policy|settings|preferences)/i
export const RELATED = new RegExp(
  `^${anyOf(
    'related (?:stories|news|articles|releases|content|links)',
    '(?:read )?more (?:news|stories)',
    'you may also (?:like|be interested in)',
    'latest news',
  )}$`,
  'i',
)

// The lines a release is headed with: what it is and when it may be used. An embargo is worth a person's eye.
const STATUS_LINES = ['(?:press|news|media) release', '(?:for )?immediate release', 'for immediate use']
const STATUS = new RegExp(`^${anyOf(...STATUS_LINES)}[\\s.:!]*$`, 'i')
const EMBARGO = /^(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\b|^not for (?:publication|release|broadcast)\b/i
// A page's details beside its date ("Category: Parks", "Reading time: 3 minutes").
const META_LABELS = ['categor(?:y|ies)', 'topics?', 'tags?', 'type', 'posted in', 'filed under', 'subjects?']
const META = new RegExp(
  `^${anyOf(...META_LABELS, 'services?')}\\s*:|^${anyOf('reading time', 'ref(?:erence)?', 'release no')}\\s*[:.]`,
  'i',
)

// A letterhead or the site's name: the organisation, its press office, its address or registration.
const PRESS_DESK = new RegExp(
  `\\b${anyOf(
    'press (?:office|centre|center|room)',
    'media (?:centre|center|room|relations|office)',
    'news ?room',
    'news (?:centre|center|hub)',
    'news (?:and|&) (?:events|media|press)',
    'communications (?:team|office|unit|department)',
  )}\\b`,
  'i',
)
export const ORGANISATIONS = [
  'university|college|school|academy|institute|council|borough|county|authority|ministry|department|agency',
  'trust|foundation|charity|society|association|partnership|federation|union|diocese|police|constabulary',
  'hospital|nhs|museum|gallery|library|commission|plc|ltd|limited|llp',
].join('|')
const ORGANISATION = new RegExp(`\\b(?:${ORGANISATIONS})\\b`, 'i')
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/
const REGISTRATION = /registered (?:charity|in england|office)|charity (?:no|number|reg)|company (?:no|number|reg)/i
const ADDRESS_ONLY = /^(?:(?:www\.|https?:\/\/)\S+|\S+@\S+\.\S+|(?:t(?:el)?|phone)?[:\s]*\+?[\d\s()]{9,})$/i

/** Share buttons, back links, cookie notices: text on every page of a site and in no release. */
export function isChrome(block: Block): boolean {
  if (block.kind === 'image') return false
  if ('items' in block) return block.items.length > 0 && block.items.every((item) => chromeText(runsText(item)))
  return chromeText(blockText(block))
}

function chromeText(text: string): boolean {
  return (
    CHROME.has(norm(text)) || BACK_LINK.test(text) || SHARE.test(text) || (COOKIE_TEXT.test(text) && text.length < 400)
  )
}

function isBreadcrumb(text: string): boolean {
  const trail = text.replace(/^you are here:?\s*/i, '')
  if (trail.length > 120) return false
  const parts = /[>»›]/.test(trail)
    ? trail.split(/\s*[>»›]\s*/)
    : /^home\s+[/|]/i.test(trail)
      ? trail.split(/\s+[/|]\s+/)
      : []
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length <= 6)
}

/** A letterhead, or the organisation's name as a site repeats it at the top of each page. */
export function isLetterhead(text: string, siteName?: string): boolean {
  const words = text.split(/\s+/).length
  if (siteName && norm(text) === norm(siteName)) return true
  if (POSTCODE.test(text) || REGISTRATION.test(text)) return words <= 30
  if (words > 10 || /[.!?]$/.test(text)) return false
  if (PRESS_DESK.test(text) || ADDRESS_ONLY.test(text)) return true
  const titleCased = text.split(/\s+/).every((word) => !/^\p{Ll}{4,}/u.test(word))
  return ORGANISATION.test(text) && titleCased && words <= 8
}

export type HeadKind = 'picture' | 'chrome' | 'status' | 'embargo' | 'date' | 'meta' | 'letterhead' | 'text'

/** What a block above (or just below) a release's title is: the title and body are among the 'text'. */
export function headKind(block: Block, siteName?: string): HeadKind {
  if (block.kind === 'image') return 'picture'
  if (isChrome(block)) return 'chrome'
  if ('items' in block) return 'text'
  const text = blockText(block)
  // A short line that is nothing but links is navigation: a back link, a topic, a breadcrumb.
  const linked = block.runs.filter((run) => run.text.trim())
  if (linked.length && linked.every((run) => run.href) && text.length <= 60) return 'chrome'
  if (isBreadcrumb(text)) return 'chrome'
  if (STATUS.test(text)) return 'status'
  if (EMBARGO.test(text)) return 'embargo'
  if (dateLine(text)) return 'date'
  if (META.test(text) && text.length <= 100) return 'meta'
  if (isLetterhead(text, siteName)) return 'letterhead'
  return 'text'
}
