import { anyOf, excerpt } from './furniture'
import { blockText, type Block, type ImportReport, type Run } from './types'

// "ENDS", "-ends-", "– ENDS –", "ENDS.", "#ENDS#", "***ENDS***", "- End -", and the American "###".
const ENDS = /^[-–—*#=_~\s]*ends?[-–—*#=_~\s.!]*$/i
const HASHES = /^(?:#\s*){3}$/
// "Notes to editors", "NOTES FOR EDITORS:", "Editor's notes", "Editors' notes", "Note to the editor", alone or
// leading the first note ("Notes to editors: the study was ...").
const NOTES_HEADING = new RegExp(
  `^${anyOf(
    '(?:background\\s+)?notes?\\s+(?:to|for)\\s+(?:the\\s+)?editors?',
    "editor(?:s['’]?|['’]s)?\\s+notes?",
    'information\\s+for\\s+editors',
  )}(?:\\s*[:.–—-]\\s*|\\s*$)`,
  'i',
)

export const isEnds = (block: Block) =>
  block.kind !== 'image' && (ENDS.test(blockText(block)) || HASHES.test(blockText(block)))

/** The notes heading a block is or starts with, and what follows it in the block (the first note), if anything. */
function notesHeading(block: Block): { heading: string; rest?: Block } | null {
  if (block.kind === 'image' || 'items' in block) return null
  const text = blockText(block)
  const match = NOTES_HEADING.exec(text)
  if (!match) return null
  if (match[0].length >= text.length) return { heading: text }
  return { heading: match[0].trim(), rest: { kind: 'p', runs: dropLeading(block.runs, match[0].length) } }
}

// The runs without their first `count` characters, counted as in the block's text (tidied runs keep single spaces).
function dropLeading(runs: Run[], count: number): Run[] {
  let left = count
  return runs.flatMap((run, i) => {
    const text = i === 0 ? run.text.trimStart() : run.text
    if (left >= text.length) {
      left -= text.length
      return []
    }
    const kept = { ...run, text: text.slice(left) }
    left = 0
    return [kept]
  })
}

/**
 * Splits a release where its text for publication ends: at ENDS, or at a notes heading above it (some press offices
 * put ENDS at the very bottom, below the notes). What follows is for journalists, without its ENDS and headings.
 */
export function splitAtEnds(blocks: Block[], report: ImportReport): { body: Block[]; after: Block[]; ends: boolean } {
  const ends = blocks.findIndex(isEnds)
  const notes = blocks.findIndex((b) => notesHeading(b))
  const cut = Math.min(...[ends, notes].filter((i) => i >= 0))
  if (ends < 0) report.leftOver.push('No ENDS marker found')
  if (!Number.isFinite(cut)) return { body: blocks, after: [], ends: false }
  if (ends >= 0)
    report.recognised.push(
      `ENDS marker ${excerpt(blockText(blocks[ends]))}: ` +
        (ends > notes && notes >= 0 ? 'below the notes, so the body ends at their heading' : 'the body ends there'),
    )
  const after: Block[] = []
  for (const block of blocks.slice(cut)) {
    if (isEnds(block)) continue
    const heading = notesHeading(block)
    if (!heading) after.push(block)
    else {
      report.recognised.push(`Notes to editors: under the heading ${excerpt(heading.heading)}`)
      if (heading.rest && blockText(heading.rest)) after.push(heading.rest)
    }
  }
  return { body: blocks.slice(0, cut), after, ends: ends >= 0 }
}
