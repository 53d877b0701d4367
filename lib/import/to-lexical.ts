import {
  headingNode,
  linkNode,
  listNode,
  paragraphNode,
  quoteNode,
  richText,
  textNode,
  uploadNode,
  type LexicalNode,
} from '../lexical/nodes'
import type { Block, Run } from './types'

const runs = (list: Run[]): LexicalNode[] =>
  list.map((run) => {
    const text = textNode(run.text, { bold: run.bold, italic: run.italic })
    return run.href ? linkNode(run.href, [text]) : text
  })

/**
 * The release editor's rich text for recognised blocks. Pictures become upload nodes once they are media
 * (`mediaIds`, by picture); any without one is left out (the report says so).
 */
export function blocksToRichText(blocks: Block[], mediaIds: Map<Block, number> = new Map()) {
  const nodes: LexicalNode[] = []
  for (const block of blocks) {
    if (block.kind === 'image') {
      const id = mediaIds.get(block)
      if (id) nodes.push(uploadNode(id))
    } else if ('items' in block) nodes.push(listNode(block.items.map(runs), block.kind === 'ol'))
    else if (block.kind === 'quote') nodes.push(quoteNode(runs(block.runs)))
    else if (block.kind === 'p') nodes.push(paragraphNode(runs(block.runs)))
    else nodes.push(headingNode(block.kind === 'h3' ? 'h3' : 'h2', runs(block.runs)))
  }
  return nodes.length ? richText(nodes) : undefined
}
