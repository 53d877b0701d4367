import { type AnyNode, type Element, isTag, isText } from 'domhandler'
import { findAll, findOne, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { isFurniture, isLogo, mainContent, NEVER_READ, words } from './page-parts'
import { tidyRuns } from './runs'
import type { Block, Run, SourceDocument, TextKind } from './types'

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

export type HtmlOptions = { dropped?: string[] }

/**
 * A web page or an HTML fragment (pasted, saved, or a Word file converted by mammoth) read with a real HTML parser:
 * headings, paragraphs, quotes, lists, links, bold and italic, and pictures with their alt text. Only the page's
 * main content is read when it marks one; scripts, navigation, forms, cookie banners, the site's header, footer and
 * logo are skipped and listed in `dropped`.
 */
export function fromHtml(html: string, options: HtmlOptions = {}): SourceDocument {
  const document = parseDocument(html, { decodeEntities: true })
  const blocks: Block[] = []
  const dropped = options.dropped ?? []
  const main = mainContent(document.children)
  const aroundMain = new Set<AnyNode>()
  for (let node = main?.parent; node; node = node.parent) aroundMain.add(node)
  let title: string | undefined
  let pending: Run[] = [] // loose inline content between blocks ("<div>text <a>link</a></div>")

  const flush = () => {
    const runs = tidyRuns(pending)
    if (runs.length) blocks.push({ kind: 'p', runs })
    pending = []
  }

  const inline = (node: AnyNode, style: Omit<Run, 'text'>, out: Run[]) => {
    if (isText(node)) return void out.push({ ...style, text: node.data })
    if (!isTag(node) || NEVER_READ.has(node.name)) return
    if (node.name === 'br') return void out.push({ ...style, text: ' ' })
    if (node.name === 'img') return
    const next = { ...style }
    if (node.name === 'a' && node.attribs.href && !node.attribs.href.startsWith('#'))
      next.href = node.attribs.href.trim()
    if (node.name === 'strong' || node.name === 'b') next.bold = true
    if (node.name === 'em' || node.name === 'i') next.italic = true
    for (const child of node.children) inline(child, next, out)
  }

  const drop = (node: Element) => {
    const text = words(node)
    if (text && node.name !== 'script' && node.name !== 'style' && node.name !== 'head')
      dropped.push(text.length > 80 ? `${text.slice(0, 77)}...` : text)
  }

  const pictures = (node: Element) => {
    const images = node.name === 'img' ? [node] : findAll((el) => el.name === 'img', node.children)
    for (const img of images) {
      const { src, alt } = img.attribs
      if (src && isLogo(img)) dropped.push(`Logo: ${alt?.trim() || src}`)
      else if (src) blocks.push({ kind: 'image', picture: { src, alt: alt?.trim() || undefined } })
    }
  }

  // A definition list of the page's details ("Date: 28/10/2021", "Category: Parks"): a line for each term.
  const details = (node: Element) => {
    flush()
    for (const child of node.children) {
      if (!isTag(child)) continue
      if (child.name === 'dt') flush()
      for (const part of child.children) inline(part, {}, pending)
      pending.push({ text: ' ' })
    }
    flush()
  }

  // `inside`: within the main content (or the page marks none); `article`: within the release's own part.
  const walk = (node: AnyNode, inside: boolean, article: boolean) => {
    if (isText(node)) return void (inside && pending.push({ text: node.data }))
    if (!isTag(node)) return
    const name = node.name
    if (name === 'head') {
      const element = findOne((el) => el.name === 'title', node.children)
      title ??= (element && textContent(element).trim()) || undefined
      return
    }
    if (!inside && node !== main) {
      if (aroundMain.has(node)) for (const child of node.children) walk(child, false, false)
      else drop(node)
      return
    }
    if (isFurniture(node, article)) return drop(node)
    if (name === 'img') {
      flush()
      return pictures(node)
    }
    if (name === 'dl') return details(node)
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
      const within = article || node === main || name === 'article' || name === 'main'
      for (const child of node.children) walk(child, true, within)
      flush()
      return
    }
    inline(node, {}, pending)
  }

  for (const node of document.children) walk(node, !main, false)
  flush()
  return { title, blocks }
}
