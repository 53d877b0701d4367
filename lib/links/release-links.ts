import type { Payload } from 'payload'
import { findPublicRelease } from '../release/public-release'
import { siteUrl } from '../routes/site-url'
import { checkLinkShape } from './shape'
import { linksIn, rewriteLinks } from './walk'

export type LinkWarning = { field: 'body' | 'notesToEditors'; url: string; text: string; problem: string; fix?: string }
type Texts = { body?: unknown; notesToEditors?: unknown }
const FIELDS = ['body', 'notesToEditors'] as const

/** The slug a link to one of this newsroom's releases names ("/news/x", "https://site/news/x"), if it is one. */
export function ownReleaseSlug(url: string): string | undefined {
  const own = siteUrl()
  const path = url.startsWith('/') ? url : url.startsWith(`${own}/`) ? url.slice(own.length) : undefined
  return path ? /^\/news\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(path)?.[1] : undefined
}

/**
 * What is wrong with the links in a release as saved, for the warning beside its text: malformed addresses (with
 * the address meant, where that is clear) and links to releases of this newsroom the public cannot see.
 */
export async function linkWarnings(payload: Payload, texts: Texts, selfId?: number): Promise<LinkWarning[]> {
  const warnings: LinkWarning[] = []
  for (const field of FIELDS) {
    for (const link of linksIn(texts[field])) {
      const shape = checkLinkShape(link.url)
      if (!shape.ok) {
        warnings.push({ field, url: link.url, text: link.text, problem: shape.problem, fix: shape.fix })
        continue
      }
      const slug = ownReleaseSlug(link.url)
      if (!slug) continue
      const [target] = (
        await payload.find({
          collection: 'releases',
          where: { slug: { equals: slug } },
          overrideAccess: true,
          limit: 1,
          depth: 0,
          select: { slug: true },
        })
      ).docs
      if (!target) {
        warnings.push({
          field,
          url: link.url,
          text: link.text,
          problem: 'No release of this newsroom has this address.',
        })
        continue
      }
      if (target.id === selfId) continue
      if (!(await findPublicRelease(payload, { id: target.id })))
        warnings.push({
          field,
          url: link.url,
          text: link.text,
          problem:
            'This links to a release that is not public yet (a draft, or under embargo): ' +
            'readers would find nothing there.',
        })
    }
  }
  return warnings
}

/**
 * Links to renamed releases of this newsroom, pointed at their current address (the old one only redirects).
 * Returns the texts to save, or nothing when no link needed it.
 */
export async function followRenames(payload: Payload, texts: Texts): Promise<Partial<Texts> | undefined> {
  const old = new Set(
    FIELDS.flatMap((f) =>
      linksIn(texts[f])
        .map((l) => ownReleaseSlug(l.url))
        .filter((s): s is string => Boolean(s)),
    ),
  )
  if (!old.size) return undefined
  const current = new Map<string, string>()
  for (const slug of old) {
    if (
      (await payload.count({ collection: 'releases', where: { slug: { equals: slug } }, overrideAccess: true }))
        .totalDocs
    )
      continue
    const [renamed] = (
      await payload.find({
        collection: 'releases',
        where: { previousSlugs: { in: [slug] } },
        overrideAccess: true,
        limit: 1,
        depth: 0,
        select: { slug: true },
      })
    ).docs
    if (renamed?.slug) current.set(slug, renamed.slug)
  }
  if (!current.size) return undefined
  const out: Partial<Texts> = {}
  for (const field of FIELDS) {
    const { value, changed } = rewriteLinks(texts[field], (url) => {
      const slug = ownReleaseSlug(url)
      return slug && current.has(slug) ? url.replace(`/news/${slug}`, `/news/${current.get(slug)}`) : undefined
    })
    if (changed) out[field] = value
  }
  return out
}

/** The texts with every malformed address that has a clear fix replaced by it. */
export function fixLinkShapes(texts: Texts): { texts: Partial<Texts>; fixed: number } {
  const out: Partial<Texts> = {}
  let fixed = 0
  for (const field of FIELDS) {
    const { value, changed } = rewriteLinks(texts[field], (url) => {
      const shape = checkLinkShape(url)
      return shape.ok ? undefined : shape.fix
    })
    if (changed) {
      out[field] = value
      fixed += changed
    }
  }
  return { texts: out, fixed }
}
