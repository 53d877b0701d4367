import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { TAGS } from '../../lib/data/tags'
import { revalidateTags } from '../../lib/cache/revalidate'

type Doc = { slug?: string | null; _status?: string | null; previousSlugs?: string[] | null }

/** Tags to expire when a release changes: lists and related stories everywhere, and its own page (old slug too). */
export function releaseTags(doc: Doc, previous?: Doc): string[] {
  const visibleBefore = previous?._status === 'published'
  const visibleNow = doc._status === 'published'
  // A draft saved on a release that was never public changes nothing a reader can see.
  if (!visibleBefore && !visibleNow) return []
  // Old addresses too: a rename published through drafts leaves the live page cached under its old slug.
  const slugs = new Set([doc.slug, previous?.slug, ...(doc.previousSlugs ?? [])].filter((s): s is string => Boolean(s)))
  return [TAGS.releases, ...[...slugs].map(TAGS.release)]
}

export const revalidateRelease: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (!context.disableRevalidate) await revalidateTags(releaseTags(doc, previousDoc), req.payload)
  return doc
}

export const revalidateReleaseDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (!context.disableRevalidate) await revalidateTags(releaseTags({ ...doc, _status: 'published' }), req.payload)
  return doc
}

/** For collections shown on many pages (contacts, topics, media): one tag each. */
export const revalidateCollection = (tag: string) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
    if (!context.disableRevalidate) await revalidateTags([tag], req.payload)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (!context.disableRevalidate) await revalidateTags([tag], req.payload)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export const revalidateSettings: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.disableRevalidate) await revalidateTags([TAGS.settings], req.payload)
  return doc
}
