import { type AnyNode, type Element, isTag, isText } from 'domhandler'
import { findAll, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { tidyRuns } from './runs'
import type { Block, Run, SourceDocument, TextKind } from './types'

// Parts of a page that are never the release: scripts, navigation, forms, and cookie banners by their usual names.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
  'head',
  'input',
  'textarea',
])
const CHROME_NAME = /cookie|consent|gdpr|banner|breadcrumb|skip-?link|site-?(header|footer)|menu|social|share/i
const BLOCKS: Record<string, TextKind> = {
  p: 'p',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  blockquote: 'quote',
}
// Loose inline content between blocks is gathered into a paragraph; any other element is a container to walk into.
const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'u', 'small', 'sup', 'sub', 'br', 'abbr', 'time', 'cite', 'q'])

// The words of a skipped part, spaced as a reader sees them ("Cookies. Accept", not "Cookies.Accept").
const words = (node: Element): string =>
  findAll(() => true, [node])
    .flatMap((el) => el.children.filter(isText).map((t) => t.data))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

export type HtmlOptions = { dropped?: string[] }

/**
 * A web page or an HTML fragment (pasted, saved, or a Word file converted by mammoth) read with a real HTML parser:
 * headings, paragraphs, quotes, lists, links, bold and italic, and pictures with their alt text. Scripts,
 * navigation, forms and cookie banners are skipped and listed in `dropped`.
 */
export function fromHtml(html: string, options: HtmlOptions = {}): SourceDocument {
  const document = parseDocument(html, { decodeEntities: true })
  const blocks: Block[] = []
  const dropped = options.dropped ?? []
  let title: string | undefined
  let pending: Run[] = [] // loose inline content between blocks ("<div>text <a>link</a></div>")

  const flush = () => {
    const runs = tidyRuns(pending)
    if (runs.length) blocks.push({ kind: 'p', runs })
    pending = []
  }

  const inline = (node: AnyNode, style: Omit<Run, 'text'>, out: Run[]) => {
    if (isText(node)) return void out.push({ ...style, text: node.data })
    if (!isTag(node) || SKIPPED.has(node.name)) return
    if (node.name === 'br') return void out.push({ ...style, text: ' ' })
    if (node.name === 'img') return
    const next = { ...style }
    if (node.name === 'a' && node.attribs.href && !node.attribs.href.startsWith('#'))
      next.href = node.attribs.href.trim()
    if (node.name === 'strong' || node.name === 'b') next.bold = true
    if (node.name === 'em' || node.name === 'i') next.italic = true
    for (const child of node.children) inline(child, next, out)
  }

  const pictures = (node: Element) => {
    const images = node.name === 'img' ? [node] : findAll((el) => el.name === 'img', node.children)
    for (const img of images)
      if (img.attribs.src)
        blocks.push({ kind: 'image', picture: { src: img.attribs.src, alt: img.attribs.alt?.trim() || undefined } })
  }

  const walk = (node: AnyNode) => {
    if (isText(node)) return void pending.push({ text: node.data })
    if (!isTag(node)) return
    const name = node.name
    if (name === 'title') {
      title ??= textContent(node).trim() || undefined
      return
    }
    const { class: className, id, role, 'aria-label': ariaLabel } = node.attribs
    const label = [className, id, role, ariaLabel].map((value) => value ?? '').join(' ')
    if (SKIPPED.has(name) || (name !== 'body' && name !== 'main' && name !== 'article' && CHROME_NAME.test(label))) {
      const text = words(node)
      if (text && name !== 'script' && name !== 'style' && name !== 'head')
        dropped.push(text.length > 80 ? `${text.slice(0, 77)}...` : text)
      return
    }
    if (name === 'img') {
      flush()
      return pictures(node)
    }
    const kind = BLOCKS[name]
    if (kind) {
      flush()
      const runs: Run[] = []
      for (const child of node.children) inline(child, {}, runs)
      const tidy = tidyRuns(runs)
      if (tidy.length) blocks.push({ kind, runs: tidy })
      return pictures(node)
    }
    if (name === 'ul' || name === 'ol') {
      flush()
      const items = node.children
        .filter((c): c is Element => isTag(c) && c.name === 'li')
        .map((li) => {
          const runs: Run[] = []
          for (const child of li.children) inline(child, {}, runs)
          return tidyRuns(runs)
        })
      if (items.some((i) => i.length)) blocks.push({ kind: name, items: items.filter((i) => i.length) })
      return
    }
    if (!INLINE.has(name)) {
      flush()
      for (const child of node.children) walk(child)
      flush()
      return
    }
    inline(node, {}, pending)
  }

  for (const node of document.children) walk(node)
  flush()
  return { title, blocks }
}
