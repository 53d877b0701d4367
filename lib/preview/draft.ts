import 'server-only'
import type { Release, User } from '../../payload-types'
import { payload } from '../data/payload'
import { expertRefSelect } from '../experts/fields'
import { findPublicRelease } from '../release/public-release'

export type DraftResult =
  | { kind: 'anonymous' }
  | { kind: 'missing' }
  | { kind: 'draft'; release: Release; user: User; publicSlug: string | null; embargoedUntil: string | null }

/**
 * The latest version of a release, draft or not, for the admin's preview. Only a signed-in member of staff gets it:
 * the user comes from Payload's own session check on every request (cookie or API header), never from a shared
 * secret or a cookie that merely says "preview on", and the read goes through release access as that user.
 */
export async function readDraft(id: string, headers: Headers): Promise<DraftResult> {
  const p = await payload()
  const { user } = await p.auth({ headers })
  if (!user || user.collection !== 'users') return { kind: 'anonymous' }
  if (!/^\d{1,12}$/.test(id)) return { kind: 'missing' }
  const release = await p.findByID({
    collection: 'releases',
    id: Number(id),
    draft: true,
    overrideAccess: false,
    user,
    depth: 2,
    joins: false,
    populate: { experts: expertRefSelect },
    disableErrors: true,
  })
  if (!release) return { kind: 'missing' }
  const embargoedUntil =
    release.embargoUntil && new Date(release.embargoUntil).getTime() > Date.now() ? release.embargoUntil : null
  return {
    kind: 'draft',
    release,
    user,
    publicSlug: (await findPublicRelease(p, { id: release.id }))?.slug ?? null,
    embargoedUntil,
  }
}
