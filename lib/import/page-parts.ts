import { type AnyNode, type Element, isText } from 'domhandler'
import { findAll, findOne } from 'domutils'

// Parts of a page that are never the release: scripts, navigation, forms, and cookie banners by their usual names.
export const NEVER_READ = new Set([
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
const CHROME_NAME = new RegExp(
  'cookie|consent|gdpr|banner|breadcrumb|skip-?link|site-?(header|footer)|menu|social|share|related|' +
    '(?:^|[\\s_-])logo|masthead|branding',
  'i',
)
// A page's own header, footer and side panels: furniture, unless they belong to the article (its header holds the
// headline and date).
const PAGE_PARTS = new Set(['header', 'footer', 'aside'])
const PAGE_ROLES = /^(banner|contentinfo|navigation|complementary|search)$/i
const LOGO = /\blogo|wordmark|masthead|letterhead/i

// The words of a skipped part, spaced as a reader sees them ("Cookies. Accept", not "Cookies.Accept").
export const words = (node: Element): string =>
  findAll(() => true, [node])
    .flatMap((el) => el.children.filter(isText).map((t) => t.data))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

// The page's main content, when it marks one that holds the headline: all else on the page is the site around it.
export function mainContent(nodes: AnyNode[]): Element | null {
  const main = findOne((el) => el.name === 'main' || el.attribs.role === 'main', nodes)
  if (!main) return null
  const inMain = findOne((el) => el.name === 'h1', main.children)
  return inMain || !findOne((el) => el.name === 'h1', nodes) ? main : null
}

/** A part of the page around the release; `article`: the node is within the release's own part of the page. */
export function isFurniture(node: Element, article: boolean): boolean {
  const { name } = node
  const { class: className, id, role, 'aria-label': ariaLabel } = node.attribs
  if (NEVER_READ.has(name) || (!article && (PAGE_PARTS.has(name) || PAGE_ROLES.test(role ?? '')))) return true
  const label = [className, id, role, ariaLabel].map((value) => value ?? '').join(' ')
  return name !== 'body' && name !== 'main' && name !== 'article' && CHROME_NAME.test(label)
}

/** The site's logo or crest, by its description, file name or class: never the release's picture. */
export const isLogo = (img: Element) =>
  LOGO.test([img.attribs.alt, img.attribs.src?.startsWith('data:') ? '' : img.attribs.src, img.attribs.class].join(' '))
