import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import { followRenames, linkWarnings } from '../../../lib/links/release-links'

/** Links to a renamed release of this newsroom are pointed at its current address as the release is saved. */
export const followRenamedLinks: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const texts = {
    body: data.body ?? originalDoc?.body,
    notesToEditors: data.notesToEditors ?? originalDoc?.notesToEditors,
  }
  const renamed = await followRenames(req.payload, texts)
  return renamed ? { ...data, ...renamed } : data
}

/**
 * Worked out afresh on every save from the text being saved, whatever a request sent: the warnings shown beside
 * the text (malformed addresses with their fix, links to releases the public cannot see).
 */
export const computeLinkWarnings: FieldHook = async ({ data, originalDoc, req }) => {
  const texts = {
    body: data?.body ?? originalDoc?.body,
    notesToEditors: data?.notesToEditors ?? originalDoc?.notesToEditors,
  }
  const warnings = await linkWarnings(req.payload, texts, originalDoc?.id)
  return warnings.length ? warnings : null
}
