import { checkLinkShape } from '../links/shape'
import { takeContacts, type KnownContact } from './contact-line'
import { splitAtEnds } from './ends'
import { excerpt, isChrome, RELATED } from './furniture'
import { readHead } from './head'
import { blockText, emptyReport, type Block, type ImportReport, type Run, type SourceDocument } from './types'

export type { KnownContact }
export type Recognised = {
  title: string
  releaseDate?: string
  summary: string
  body: Block[]
  notes: Block[]
  contacts: number[]
  report: ImportReport
}

const isQuote = (b: Block) => b.kind === 'quote' || (b.kind === 'p' && /^["“‘]/.test(blockText(b)))

/**
 * Finds a press release in a document: its title and date among the furniture at its top, its body, the ENDS marker
 * and what follows it (notes to editors and the contact line); repairs its links and drops page furniture. The
 * report says what it did, and lists apart what it only guessed, with the evidence, for a person to check.
 */
export function recognise(doc: SourceDocument, known: KnownContact[], source: string): Recognised {
  const report = emptyReport(source)
  let blocks = [...doc.blocks]

  // Everything after a "Related stories" heading is links to other releases.
  const related = blocks.findIndex((b) => RELATED.test(blockText(b).replace(/:$/, '')))
  if (related >= 0) {
    const gone = blocks.slice(related)
    report.dropped.push(`"${blockText(gone[0])}" and the ${gone.length - 1} item(s) after it`)
    blocks = blocks.slice(0, related)
  }

  const head = readHead(blocks, doc.title, report)
  const kept = head.blocks.filter((b) => {
    if (!isChrome(b)) return true
    report.dropped.push(excerpt(blockText(b).replace(/\n/g, ', ')))
    return false
  })

  // The contact lines: in what follows ENDS, or at the foot of a release without one.
  const split = splitAtEnds(kept, report)
  const inNotes = takeContacts(split.after, known, report)
  let contacts = inNotes.contacts
  let { body } = split
  const notes = inNotes.blocks
  if (!contacts.length && !inNotes.kept.length && !split.ends) {
    const inBody = takeContacts(body, known, report)
    contacts = inBody.contacts
    body = inBody.blocks.filter((b) => !inBody.kept.includes(b))
    notes.push(...inBody.kept)
  }

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
  const finalBody = repaired(body).map((b) => (b.kind === 'h1' ? { ...b, kind: 'h2' as const } : b))

  const quotes = finalBody.filter(isQuote).length
  if (quotes) report.recognised.push(`Quotes: ${quotes} kept as written`)
  report.recognised.push(`Body: ${finalBody.filter((b) => b.kind === 'p').length} paragraph(s)`)

  // The standfirst is a guess from position: the first paragraph that is not a quote.
  const lead = finalBody.find((b) => b.kind === 'p' && !isQuote(b)) ?? finalBody.find((b) => b.kind === 'p')
  const summary = lead ? standfirst(blockText(lead)) : ''
  if (lead)
    report.check.push(
      `Standfirst taken from the first paragraph ${excerpt(blockText(lead))}` +
        (summary.length < blockText(lead).length ? ' (cut to fit 300 characters)' : ''),
    )
  else report.leftOver.push('No paragraph to take a summary from: please write one')
  const title = head.title || 'Imported release'
  return { title, releaseDate: head.releaseDate, summary, body: finalBody, notes: repaired(notes), contacts, report }
}

/** The first paragraph, cut at a sentence (or else a word) to fit the 300-character standfirst. */
function standfirst(text: string): string {
  if (text.length <= 300) return text
  const sentence = text.slice(0, 300).match(/^.*[.!?](?=\s)/)
  if (sentence && sentence[0].length > 80) return sentence[0]
  return `${text.slice(0, 299).replace(/\s+\S*$/, '')}…`
}
