import { docxToHtml, UnreadableSource } from './docx-html'
import { fromHtml } from './from-html'
import { fromText } from './from-text'
import type { SourceDocument } from './types'

export { UnreadableSource }
export type SourceKind = 'docx' | 'html' | 'text'

const HTML_HINT = /<\/?(html|body|p|div|h[1-6]|br|a|ul|ol|li|blockquote|article|span|strong|em)\b[^>]*>/i

/** What a file (by its name) or pasted text is: a Word file, a web page or HTML fragment, or plain text. */
export function sourceKind(name: string, data: Uint8Array): SourceKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (extension === 'docx') return 'docx'
  if (extension === 'html' || extension === 'htm') return 'html'
  if (extension === 'txt' || extension === 'text') return 'text'
  if (extension) return null
  return HTML_HINT.test(new TextDecoder().decode(data.subarray(0, 64 * 1024))) ? 'html' : 'text'
}

/** Reads a source into the importer's blocks. Pictures in a Word file arrive as data: addresses. */
export async function readSource(kind: SourceKind, data: Uint8Array, dropped: string[]): Promise<SourceDocument> {
  if (kind === 'docx') return fromHtml(await docxToHtml(data), { dropped })
  const text = new TextDecoder('utf-8').decode(data)
  if (text.includes('\u0000')) throw new UnreadableSource('This file is not text: choose a .docx, .html or .txt file.')
  return kind === 'html' ? fromHtml(text, { dropped }) : fromText(text)
}
