import 'server-only'
import type { Release } from '../../payload-types'
import { payload } from '../data/payload'
import { findPublicRelease } from '../release/public-release'
import { approvedVersion } from './approved-version'
import { previewKeyOf } from './link-token'

export type PreviewResult =
  | { kind: 'gone' }
  | { kind: 'withdrawn' }
  | { kind: 'not-approved' }
  | { kind: 'public'; slug: string; linkId: number }
  | { kind: 'preview'; release: Release; linkId: number }

/**
 * A preview link is `<key>.<secret>`: the secret is checked against the key's signature in constant time before the
 * database is asked anything, so a guesser learns nothing from timing. Expired or revoked links are simply gone.
 */
export async function resolvePreview(token: string): Promise<PreviewResult> {
  const key = previewKeyOf(token)
  if (!key) return { kind: 'gone' }
  const p = await payload()
  const { docs } = await p.find({
    collection: 'preview-links',
    overrideAccess: true,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
  })
  const link = docs[0]
  if (!link) return { kind: 'gone' }
  if (link.revoked || new Date(link.expiresAt).getTime() <= Date.now()) return { kind: 'gone' }
  const releaseId = typeof link.release === 'object' ? link.release.id : link.release
  // Already public: send the journalist to the page everyone sees.
  const visible = await findPublicRelease(p, { id: releaseId })
  if (visible?.slug) return { kind: 'public', slug: visible.slug, linkId: link.id }
  const approved = await approvedVersion(p, releaseId)
  if (!approved) return { kind: 'gone' }
  if (approved.kind !== 'release') return { kind: approved.kind }
  return { kind: 'preview', release: approved.release, linkId: link.id }
}
