import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { revalidateTags } from '../../lib/cache/revalidate'
import { TAGS } from '../../lib/data/tags'

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

type LiveRow = { id: number | string; slug?: string | null; _status?: string | null; updatedAt?: string | null }

// The release as the public reads it: its main row, which a draft save leaves alone. previousDoc is no guide here:
// after an autosave it is that draft, so an unpublish that follows would look like a draft saved over a draft.
export async function liveRow<T extends LiveRow = LiveRow>(req: PayloadRequest, id: number | string) {
  return req.payload.db.findOne<T>({ collection: 'releases', where: { id: { equals: id } }, req })
}

/**
 * Before a save, the live row, read once for everything after the save that compares with it: cache expiry here and
 * the audit trail (collections/releases/hooks/audit-release.ts).
 */
export const rememberLiveRelease: CollectionBeforeChangeHook = async ({
  originalDoc,
  operation,
  req,
  context,
  data,
}) => {
  if (operation === 'update' && originalDoc?.id) {
    context.liveReleaseBefore ??= {}
    context.liveReleaseBefore[String(originalDoc.id)] = await liveRow(req, originalDoc.id)
  }
  return data
}

/** The live row rememberLiveRelease read before this save (null on create, or when there was none). */
export const liveRowBefore = <T extends LiveRow = LiveRow>(context: PayloadRequest['context'], id: number | string) =>
  (context.liveReleaseBefore?.[String(id)] ?? null) as T | null

export const revalidateRelease: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context, operation }) => {
  if (context.disableRevalidate) return doc
  const before = operation === 'update' ? liveRowBefore(context, doc.id) : null
  const after = await liveRow(req, doc.id)
  // A draft saved beside a live release changes nothing a reader can see; anything that wrote the live row might.
  const liveChanged =
    !before ||
    !after ||
    before.updatedAt !== after.updatedAt ||
    before._status !== after._status ||
    before.slug !== after.slug
  if (!liveChanged) return doc
  const tags = releaseTags(
    { ...doc, _status: after?._status ?? doc._status },
    { ...previousDoc, slug: before?.slug ?? previousDoc?.slug, _status: before?._status ?? previousDoc?._status },
  )
  await revalidateTags(tags, req.payload)
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
