import { tidyRuns } from './runs'
import type { Block, SourceDocument } from './types'

const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/

/**
 * Pasted or saved plain text. Paragraphs are separated by blank lines when the text has any (lines within one are
 * rejoined), else each line is a paragraph, as text copied from a web page usually comes. Lines starting with a
 * bullet or "1." become lists.
 */
export function fromText(source: string): SourceDocument {
  const text = source.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ')
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim())
  const chunks = hasBlankLines ? text.split(/\n[ \t]*\n+/) : text.split('\n')
  const blocks: Block[] = []
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    if (!lines.length) continue
    if (lines.every((l) => BULLET.test(l)) && (lines.length > 1 || !hasBlankLines)) {
      const ordered = /^\s*\d/.test(lines[0])
      const items = lines.map((l) => tidyRuns([{ text: l.replace(BULLET, '') }]))
      const prev = blocks[blocks.length - 1]
      if (prev && (prev.kind === 'ol' || prev.kind === 'ul') && prev.kind === (ordered ? 'ol' : 'ul') && !hasBlankLines)
        prev.items.push(...items)
      else blocks.push({ kind: ordered ? 'ol' : 'ul', items })
      continue
    }
    blocks.push({ kind: 'p', runs: tidyRuns([{ text: lines.join(' ') }]) })
  }
  return { blocks }
}
