import { checkLinkShape } from '../links/shape'
import { dateLine } from './dates'
import { blockText, type Block, type ImportReport, type Run, type SourceDocument } from './types'

export type KnownContact = { id: number; name: string }
export type Recognised = {
  title: string
  releaseDate?: string
  summary: string
  body: Block[]
  notes: Block[]
  contacts: number[]
  report: ImportReport
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
// Page furniture that comes along when a release is copied from a web page.
const CHROME = new Set([
  'back',
  'back to news',
  'back to all news',
  'back to press releases',
  'share',
  'share this',
  'share this release',
  'share this story',
  'share this page',
  'print',
  'print this page',
  'tweet',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
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
const COOKIE_TEXT = /^(we|this (web)?site) uses? cookies|cookies? (policy|settings|preferences)/i
const RELATED =
  /^(related (stories|news|articles|releases|content)|more news|you may also (like|be interested in)|latest news)$/i
const ENDS = /^[-–—*#\s]*ends[-–—*#\s.]*$/i
const NOTES_HEADING = /^notes? (to|for) editors:?$/i
// "For more information please contact: ...", "Media enquiries: ...", "Contact: ...": the person is what follows.
const CONTACT_OPENING =
  '(?:for (?:more|further) (?:information|details)|media (?:enquiries|contact)|press (?:enquiries|contact)|contact)'
const CONTACT_VERB = '(?:,?\\s*(?:please\\s+)?(?:contact|call|email|phone|ring))?'
const CONTACT_LINE = new RegExp(`^${CONTACT_OPENING}\\b[^a-z]*${CONTACT_VERB}\\s*:?\\s*(.*)$`, 'i')

/**
 * Finds a press release in a document: its title, date, body, the ENDS marker and what follows it (notes to editors
 * and the contact line), repairs its links, drops page furniture, and says in the report what it did.
 */
export function recognise(doc: SourceDocument, known: KnownContact[], source: string): Recognised {
  const report: ImportReport = { source, recognised: [], repaired: [], dropped: [], leftOver: [] }
  let blocks = [...doc.blocks]

  // Page furniture, and everything after a "Related stories" heading (links to other releases).
  const related = blocks.findIndex((b) => RELATED.test(blockText(b).replace(/:$/, '')))
  if (related >= 0) {
    const gone = blocks.slice(related)
    report.dropped.push(`"${blockText(gone[0])}" and the ${gone.length - 1} item(s) after it`)
    blocks = blocks.slice(0, related)
  }
  blocks = blocks.filter((b) => {
    const text = blockText(b)
    const furniture = b.kind !== 'image' && (CHROME.has(norm(text)) || (COOKIE_TEXT.test(text) && text.length < 400))
    if (furniture) report.dropped.push(`"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`)
    return !furniture
  })

  // The title: the page's main heading, else its <title> without the site's name, else a short first line.
  let title = ''
  const h1 = blocks.findIndex((b) => b.kind === 'h1')
  if (h1 >= 0) {
    title = blockText(blocks[h1])
    blocks.splice(h1, 1)
    report.recognised.push('Title: the main heading')
  } else if (doc.title) {
    title = doc.title.split(/\s+[|–—-]\s+/)[0].trim()
    report.recognised.push("Title: the page's title")
  } else {
    const first = blocks.findIndex((b) => b.kind !== 'image' && blockText(b))
    if (first >= 0 && blockText(blocks[first]).length <= 200 && !dateLine(blockText(blocks[first]))) {
      title = blockText(blocks[first])
      blocks.splice(first, 1)
      report.recognised.push('Title: the first line')
    }
  }
  if (!title) report.leftOver.push('No title found: the draft is called "Imported release"; please give it a title')

  // The date: a line near the top that is a date and little else.
  let releaseDate: string | undefined
  const dated = blocks.slice(0, 6).findIndex((b) => b.kind !== 'image' && dateLine(blockText(b)))
  if (dated >= 0) {
    const found = dateLine(blockText(blocks[dated]))!
    releaseDate = found.iso
    blocks.splice(dated, 1)
    report.recognised.push(`Date: ${found.written}`)
  } else report.leftOver.push('No release date found: the draft is dated today; please set the date')

  // ENDS, and what follows it.
  let after: Block[] = []
  const ends = blocks.findIndex((b) => ENDS.test(blockText(b)))
  if (ends >= 0) {
    after = blocks.slice(ends + 1)
    blocks = blocks.slice(0, ends)
    report.recognised.push('ENDS marker: the body ends there')
  } else {
    const notesAt = blocks.findIndex((b) => NOTES_HEADING.test(blockText(b)))
    if (notesAt >= 0) {
      after = blocks.slice(notesAt)
      blocks = blocks.slice(0, notesAt)
    }
    report.leftOver.push('No ENDS marker found')
  }

  // The contact line, in the notes or at the foot of the body.
  const contacts: number[] = []
  const findContactLine = (list: Block[]) =>
    list.findIndex(
      (b) =>
        b.kind !== 'image' &&
        CONTACT_LINE.test(blockText(b)) &&
        /contact|information|enquir/i.test(blockText(b).slice(0, 40)),
    )
  let line = findContactLine(after)
  let from = after
  if (line < 0 && ends < 0) {
    line = findContactLine(blocks)
    from = blocks
  }
  if (line >= 0) {
    const text = blockText(from[line])
    from.splice(line, 1)
    const named = norm(text)
    for (const contact of known) {
      const name = norm(contact.name).replace(/^the /, '')
      if (name && named.includes(name)) contacts.push(contact.id)
    }
    const who = (CONTACT_LINE.exec(text)?.[1] ?? text).split(/\s+(?:on|at|via|by)\s+|[,;(]|\s+\d|\S+@\S+/)[0].trim()
    if (contacts.length)
      report.recognised.push(
        `Press contact: ${known
          .filter((c) => contacts.includes(c.id))
          .map((c) => c.name)
          .join(', ')}`,
      )
    else
      report.leftOver.push(
        `Press contact not found among the press contacts: "${who || text}" ` +
          '(add them under Press contacts, then choose them on the release)',
      )
  }
  const notes = after.filter((b) => {
    if (!NOTES_HEADING.test(blockText(b))) return true
    report.recognised.push('Notes to editors: after ENDS')
    return false
  })

  // Links: repaired where the meaning is clear, else left as text and reported.
  const repair = (runs: Run[]) =>
    runs.map((run) => {
      if (!run.href) return run
      const shape = checkLinkShape(run.href)
      if (shape.ok) return run
      if (shape.fix) {
        report.repaired.push(`Link ${run.href} → ${shape.fix} (${shape.problem.replace(/\.$/, '').toLowerCase()})`)
        return { ...run, href: shape.fix, text: run.text === run.href ? shape.fix : run.text }
      }
      report.leftOver.push(`Link left as text: ${run.href} (${shape.problem.replace(/\.$/, '')})`)
      return { text: run.text, bold: run.bold, italic: run.italic }
    })
  const repaired = (list: Block[]): Block[] =>
    list.map((b) =>
      b.kind === 'image' ? b : 'items' in b ? { ...b, items: b.items.map(repair) } : { ...b, runs: repair(b.runs) },
    )
  const body = repaired(blocks).map((b) => (b.kind === 'h1' ? { ...b, kind: 'h2' as const } : b))

  const quotes = body.filter((b) => b.kind === 'quote' || (b.kind === 'p' && /^["“‘]/.test(blockText(b)))).length
  if (quotes) report.recognised.push(`Quotes: ${quotes} kept as written`)
  const paragraphs = body.filter((b) => b.kind === 'p').length
  report.recognised.push(`Body: ${paragraphs} paragraph(s)`)

  const lead = body.find((b) => b.kind === 'p' && !/^["“‘]/.test(blockText(b))) ?? body.find((b) => b.kind === 'p')
  const summary = lead ? standfirst(blockText(lead)) : ''
  if (summary) report.recognised.push('Summary: the first paragraph')
  else report.leftOver.push('No paragraph to take a summary from: please write one')
  return { title: title || 'Imported release', releaseDate, summary, body, notes: repaired(notes), contacts, report }
}

/** The first paragraph, cut at a sentence (or else a word) to fit the 300-character standfirst. */
function standfirst(text: string): string {
  if (text.length <= 300) return text
  const sentence = text.slice(0, 300).match(/^.*[.!?](?=\s)/)
  if (sentence && sentence[0].length > 80) return sentence[0]
  return `${text.slice(0, 299).replace(/\s+\S*$/, '')}…`
}
