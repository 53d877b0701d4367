import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Release } from '../../payload-types'
import { payload } from '../data/payload'
import { findPublicRelease } from '../public-release'

export type PreviewResult = { kind: 'gone' } | { kind: 'public'; slug: string } | { kind: 'preview'; release: Release }

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * A preview link is `<key>.<secret>`: the key finds the row, the secret is compared in constant time, so neither a
 * lookup nor a comparison tells a guesser how close they came. Expired or revoked links are simply gone.
 */
export async function resolvePreview(token: string): Promise<PreviewResult> {
  const parts = token.split('.')
  const [key, secret] = parts
  if (parts.length !== 2 || !key || !secret || key.length > 40 || secret.length > 80) return { kind: 'gone' }
  const p = await payload()
  const { docs } = await p.find({ collection: 'preview-links', overrideAccess: true, where: { key: { equals: key } }, limit: 1, depth: 0 })
  const link = docs[0]
  if (!link?.secret || !timingSafeEqual(digest(link.secret), digest(secret))) return { kind: 'gone' }
  if (link.revoked || new Date(link.expiresAt).getTime() <= Date.now()) return { kind: 'gone' }
  const releaseId = typeof link.release === 'object' ? link.release.id : link.release
  // Already public: send the journalist to the page everyone sees.
  const visible = await findPublicRelease(p, { id: releaseId })
  if (visible?.slug) return { kind: 'public', slug: visible.slug }
  // The latest version, draft or published, exactly as it will appear.
  const release = await p.findByID({ collection: 'releases', id: releaseId, draft: true, overrideAccess: true, depth: 2, joins: false }).catch(() => null)
  return release ? { kind: 'preview', release } : { kind: 'gone' }
}
