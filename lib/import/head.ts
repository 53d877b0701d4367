import { dateLine, findDate, type DateLine } from './dates'
import { excerpt, headKind, norm, type HeadKind } from './furniture'
import { blockText, type Block, type ImportReport } from './types'

export type Head = { title: string; releaseDate?: string; blocks: Block[] }
type Title = { at: number; end: number; title: string; from: 'heading' | 'page' | 'line' | 'none'; headings: number }

// How far down a document without a main heading its title is looked for, and how far below the title its date,
// status and details are: further down, a date is part of the story.
const TITLE_WITHIN = 12
const DETAILS_WITHIN = 6

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const PAGE_TITLE_SEPARATOR = /\s+[|–—-]\s+/

const titleShaped = (block: Block) =>
  (block.kind === 'p' || block.kind === 'h2' || block.kind === 'h3') &&
  blockText(block).length <= 200 &&
  !/[.,;:]$/.test(blockText(block))

/** The first line that could be a title, past furniture; a letterhead-like line only if nothing else could be. */
function firstLine(blocks: Block[], kinds: HeadKind[], from: number): number {
  let letterhead = -1
  for (let i = from; i < Math.min(blocks.length, TITLE_WITHIN); i++) {
    if (kinds[i] === 'letterhead' && titleShaped(blocks[i])) letterhead = i
    else if (kinds[i] === 'text') return titleShaped(blocks[i]) ? i : letterhead
  }
  return letterhead
}

/** Where the title is: the main heading, else the page's <title>, else the first line that could be one. */
function findTitle(blocks: Block[], kinds: HeadKind[], pageTitle?: string): Title {
  const headings = blocks.filter((b) => b.kind === 'h1').length
  const line = (at: number, from: Title['from']): Title => ({
    at,
    end: at,
    title: blockText(blocks[at]),
    from,
    headings,
  })
  if (headings)
    return line(
      blocks.findIndex((b) => b.kind === 'h1'),
      'heading',
    )
  const text = kinds.indexOf('text')
  if (pageTitle) {
    const title = pageTitle.split(PAGE_TITLE_SEPARATOR)[0].trim()
    const at = blocks.slice(0, TITLE_WITHIN).findIndex((b) => norm(blockText(b)) === norm(title))
    return { at, end: at >= 0 ? at : Math.max(text, 0), title, from: 'page', headings }
  }
  // A status line ("PRESS RELEASE") heads the release: what stands above it is the sender's letterhead.
  const body = kinds.findIndex((k, i) => k === 'text' && !titleShaped(blocks[i]))
  const status = kinds.findLastIndex((k, i) => (k === 'status' || k === 'embargo') && (body < 0 || i < body))
  const at = status >= 0 ? firstLine(blocks, kinds, status + 1) : -1
  const first = at >= 0 ? at : firstLine(blocks, kinds, 0)
  if (first >= 0) return line(first, 'line')
  // Nothing looks like a title: a short first line will do, as the person importing will see.
  const short = blocks.findIndex((b) => b.kind !== 'image' && blockText(b))
  if (short >= 0 && blockText(blocks[short]).length <= 200 && kinds[short] !== 'date') return line(short, 'line')
  return { at: -1, end: 0, title: '', from: 'none', headings }
}

/**
 * Finds a release's title and date among what stands at its top, and leaves out the furniture there: back links,
 * breadcrumbs, letterheads, "PRESS RELEASE" and embargo lines, a page's details. What it could only guess from the
 * layout goes to the report's `check`, with what it saw.
 */
export function readHead(all: Block[], pageTitle: string | undefined, report: ImportReport): Head {
  const kinds = all.map((b) => headKind(b, pageTitle?.split(PAGE_TITLE_SEPARATOR).slice(1).pop()))
  const found = findTitle(all, kinds, pageTitle)
  const skipped: string[] = []
  const dates: Array<{ line: DateLine; text: string }> = []
  const embargoes: Array<{ text: string; above: boolean }> = []
  let unsure = false
  const blocks: Block[] = []
  all.forEach((block, i) => {
    const kind = kinds[i]
    const text = blockText(block)
    const above = i < found.end
    if (i === found.at) return
    if (
      kind === 'picture' ||
      (!above && (i > found.end + DETAILS_WITHIN || !['date', 'embargo', 'status', 'meta'].includes(kind)))
    )
      return void blocks.push(block)
    // Above the title anything but a picture is left out; text not recognisably furniture makes the title a guess.
    if (kind === 'date') dates.push({ line: dateLine(text)!, text })
    else if (kind === 'embargo') embargoes.push({ text, above })
    else if (above) {
      skipped.push(text)
      if (kind === 'text' || kind === 'letterhead') unsure = true
    }
    if (kind !== 'date') report.dropped.push(excerpt(text))
  })

  const { title, from, headings } = found
  const evidence = skipped.length ? `; skipped above it: ${skipped.map((s) => excerpt(s)).join(', ')}` : ''
  if (from === 'heading' && headings === 1 && !unsure) report.recognised.push('Title: the main heading')
  else if (from === 'heading') {
    const which = headings > 1 ? `first of ${headings} main headings` : 'main heading'
    report.check.push(`Title taken from the ${which} ${excerpt(title, 120)}${evidence}`)
  } else if (from === 'line') report.check.push(`Title taken from the first line ${excerpt(title, 120)}${evidence}`)
  else if (from === 'page')
    report.check.push(`Title taken from the page's title ${excerpt(pageTitle!, 120)}${evidence}`)
  else report.leftOver.push('No title found: the draft is called "Imported release"; please give it a title')
  for (const { text, above } of embargoes)
    report.check.push(
      `Embargo line ${above ? 'above' : 'below'} the title: ${excerpt(text, 120)}; ` +
        'the draft has no embargo: set one if it still applies',
    )
  return { title, releaseDate: releaseDate(dates, embargoes, report), blocks }
}

/** The release's date: a date line (the one labelled as the release's, if several), else the embargo's date. */
function releaseDate(
  dates: Array<{ line: DateLine; text: string }>,
  embargoes: Array<{ text: string }>,
  report: ImportReport,
) {
  const chosen =
    dates.find((d) => d.line.label === 'release') ?? dates.find((d) => d.line.label !== 'updated') ?? dates[0]
  if (!chosen) {
    const embargo = embargoes.map(({ text }) => ({ text, date: findDate(text) })).find((e) => e.date)
    if (!embargo?.date) {
      report.leftOver.push('No release date found: the draft is dated today; please set the date')
      return undefined
    }
    const day = LONG_DATE.format(new Date(embargo.date.iso))
    report.check.push(`Date ${day} read from the embargo line ${excerpt(embargo.text, 120)}`)
    return embargo.date.iso
  }
  const { line, text } = chosen
  const others = dates.filter((d) => d !== chosen)
  for (const other of others) report.dropped.push(excerpt(other.text))
  // Numbers are read day first, as UK press offices write them: 03/02/2022 is 3 February, and no guess.
  const rivals = others.filter((d) => d.line.label !== 'updated' && d.line.iso !== line.iso)
  if (line.label !== 'updated' && !rivals.length) report.recognised.push(`Date: ${line.written}`)
  else
    report.check.push(
      `Date ${line.written} read from the line ${excerpt(text, 120)}` +
        (line.label === 'updated' ? ', the date the page was last updated: no other date was found' : '') +
        (rivals.length ? `; other dates beside the title: ${rivals.map((d) => excerpt(d.text)).join(', ')}` : ''),
    )
  return line.iso
}
