import type { CollectionBeforeChangeHook } from 'payload'

type Row = { slug?: string | null; _status?: string | null; previousSlugs?: string[] | null }

/**
 * When a published release goes live under a new slug, its old address has been shared and indexed: remember it so
 * the old URL answers 301 to the new one. "Old" means the address the public has now, which is the live row, not
 * `originalDoc`: in the admin every edit is autosaved as a draft first, so by the time an editor publishes,
 * `originalDoc` is that draft and already carries the new slug. A slug that comes back into use stops being a
 * redirect.
 */
export const rememberOldSlug: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const live = (await req.payload.db.findOne({
    collection: 'releases',
    where: { id: { equals: originalDoc.id } },
    req,
  })) as Row | null
  const previous: string[] = Array.isArray(data.previousSlugs)
    ? data.previousSlugs
    : (live?.previousSlugs ?? originalDoc.previousSlugs ?? [])
  const oldSlug = live?._status === 'published' ? live.slug : undefined
  const newSlug: unknown = data.slug ?? originalDoc.slug
  const next = new Set(previous)
  if (data._status === 'published' && typeof oldSlug === 'string' && oldSlug !== newSlug) next.add(oldSlug)
  if (typeof newSlug === 'string') next.delete(newSlug)
  return { ...data, previousSlugs: [...next] }
}
