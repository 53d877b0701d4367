import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When a published release gets a new slug, its old address has been shared and indexed: remember it so the old
 * URL answers 301 to the new one. A slug that comes back into use stops being a redirect.
 */
export const rememberOldSlug: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const previous: string[] = Array.isArray(data.previousSlugs) ? data.previousSlugs : (originalDoc.previousSlugs ?? [])
  const wasPublic = originalDoc._status === 'published'
  const oldSlug: unknown = originalDoc.slug
  const newSlug: unknown = data.slug ?? oldSlug
  const next = new Set(previous)
  if (wasPublic && data._status === 'published' && typeof oldSlug === 'string' && oldSlug !== newSlug) next.add(oldSlug)
  if (typeof newSlug === 'string') next.delete(newSlug)
  return { ...data, previousSlugs: [...next] }
}
