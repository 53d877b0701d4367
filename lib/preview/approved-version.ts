import type { Payload, Where } from 'payload'
import type { Release } from '../../payload-types'
import { expertRefSelect } from '../experts/fields'
import { everPublished } from '../release/ever-published'

export type Standing = 'published' | 'withdrawn' | 'approved' | 'not-approved'
export type ApprovedVersion = { kind: 'release'; release: Release } | { kind: 'withdrawn' } | { kind: 'not-approved' }

const READ = { depth: 2, overrideAccess: true, populate: { experts: expertRefSelect } } as const
const approvedWhere = (id: number): Where => ({
  and: [{ parent: { equals: id } }, { 'version.reviewStatus': { equals: 'approved' } }],
})

/**
 * What a journalist holding a preview link may read: the words an editor last published or approved, never a later
 * draft. A contributor's edit is saved as a draft and drops the approval (guard-review-status), so it is never it.
 * - published (embargoed or scheduled to lift): the live row, which only an editor writes;
 * - withdrawn: a draft that was once published, so the press office took it back and the link stops;
 * - approved: a draft never published, read as its latest version an editor approved;
 * - not-approved: nothing an editor approved yet. Undefined: no such release.
 */
export async function previewStanding(payload: Payload, id: number): Promise<Standing | undefined> {
  const live = await payload.db.findOne<{ id: number; _status?: string | null }>({
    collection: 'releases',
    where: { id: { equals: id } },
  })
  if (!live) return undefined
  if (live._status === 'published') return 'published'
  if (await everPublished(payload, id)) return 'withdrawn'
  const approved = await payload.countVersions({
    collection: 'releases',
    overrideAccess: true,
    where: approvedWhere(id),
  })
  return approved.totalDocs > 0 ? 'approved' : 'not-approved'
}

export async function approvedVersion(payload: Payload, id: number): Promise<ApprovedVersion | undefined> {
  const standing = await previewStanding(payload, id)
  if (!standing) return undefined
  if (standing === 'withdrawn' || standing === 'not-approved') return { kind: standing }
  if (standing === 'published') {
    const release = await payload
      .findByID({ collection: 'releases', id, draft: false, joins: false, ...READ })
      .catch(() => null)
    return release ? { kind: 'release', release } : undefined
  }
  const { docs } = await payload.findVersions({
    collection: 'releases',
    where: approvedWhere(id),
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    ...READ,
  })
  const version = docs[0]?.version as Release | undefined
  return version ? { kind: 'release', release: { ...version, id } } : undefined
}
