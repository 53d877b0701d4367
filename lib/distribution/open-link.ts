import type { Payload } from 'payload'
import { findRecipient, recordClick } from '../db/distribution-recipients'
import { previewLinkPath } from '../preview/link-token'
import { openKind } from '../preview/open-kind'
import { findPublicRelease } from '../release/public-release'
import { recipientOf } from './tokens'

export type OpenResult = { kind: 'public' | 'preview'; path: string } | { kind: 'not-yet' } | { kind: 'gone' }
type Headers = (name: string) => string | null | undefined

/**
 * A recipient's own link from their email. Public now: to the public page, counted as followed when a person (not
 * a mail scanner or a prefetch) opens it. Still under embargo: to their own preview link, whose openings its access
 * log records. Either way the email itself never held the public address before the lift.
 */
export async function openRecipientLink(payload: Payload, token: string, header: Headers): Promise<OpenResult> {
  const id = recipientOf('open', token)
  const row = id ? await findRecipient(payload, id) : undefined
  if (!row) return { kind: 'gone' }
  const release = await findPublicRelease(payload, { id: row.release_id })
  if (release?.slug) {
    if (openKind(header, true) === 'after-lift') await recordClick(payload, row.id)
    return { kind: 'public', path: `/news/${release.slug}` }
  }
  if (!row.preview_link_id) return { kind: 'not-yet' }
  const link = await payload
    .findByID({ collection: 'preview-links', id: row.preview_link_id, depth: 0, overrideAccess: true })
    .catch(() => null)
  const path = link && !link.revoked ? previewLinkPath(link.key) : undefined
  return path ? { kind: 'preview', path } : { kind: 'gone' }
}
