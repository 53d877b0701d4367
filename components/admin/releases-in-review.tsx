import type { Payload, TypedUser } from 'payload'
import { formatEmbargo } from '@/lib/time/dates'
import { DASHBOARD_LIMIT, ReleaseTable } from './release-table'

const idOf = (value: unknown) =>
  typeof value === 'object' && value ? (value as { id: number }).id : (value as number | null)

/**
 * Releases waiting for an editor, least recently changed first. Drafts are where review happens, so this reads the
 * latest version of each. Authors' names are read past the users collection's own-account rule: colleagues may
 * know who wrote what.
 */
export async function ReleasesInReview({ payload, user }: { payload: Payload; user: TypedUser }) {
  const { docs, totalDocs } = await payload.find({
    collection: 'releases',
    draft: true,
    overrideAccess: false,
    user,
    depth: 0,
    limit: DASHBOARD_LIMIT,
    sort: 'updatedAt',
    select: { title: true, updatedAt: true, author: true },
    where: { reviewStatus: { equals: 'in_review' } },
  })
  const authorIds = [
    ...new Set(docs.map((doc) => idOf(doc.author)).filter((id): id is number => typeof id === 'number')),
  ]
  const authors = authorIds.length
    ? await payload.find({
        collection: 'users',
        overrideAccess: true,
        depth: 0,
        pagination: false,
        select: { name: true },
        where: { id: { in: authorIds } },
      })
    : { docs: [] }
  const names = new Map(authors.docs.map((a) => [a.id, a.name]))
  const rows = docs.map((doc) => ({
    key: doc.id,
    id: doc.id,
    title: doc.title,
    at: formatEmbargo(doc.updatedAt),
    detail: names.get(idOf(doc.author) ?? 0) ?? 'Unknown',
  }))
  return (
    <ReleaseTable
      id="releases-in-review-heading"
      heading="In review"
      empty="No release is waiting for review."
      atLabel="Last changed"
      detailLabel="Author"
      rows={rows}
      total={totalDocs}
    />
  )
}
