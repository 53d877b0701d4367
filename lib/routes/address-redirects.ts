import type { Payload } from 'payload'
import { isSafeTarget } from './old-address'

/**
 * Old address -> where it leads now, for the proxy's 301s: renamed public releases (`/news/<old slug>`) and the
 * Redirects an editor entered. A redirect to a release counts only while that release is public, so an old link
 * never reveals a draft or an embargoed release.
 */
export async function buildAddressRedirects(payload: Payload): Promise<Record<string, string>> {
  const renamed = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: { previousSlugs: { exists: true } },
    pagination: false,
    depth: 0,
    select: { slug: true, previousSlugs: true },
  })
  // The Redirects list is editors' only; what it produces (an address answering 301) is public by nature.
  const entered = await payload.find({
    collection: 'redirects',
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { from: true, release: true, to: true },
  })
  const releaseIds = entered.docs.map((r) => r.release).filter((id): id is number => typeof id === 'number')
  const publicSlugs = new Map<number, string>()
  if (releaseIds.length) {
    const { docs } = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      where: { id: { in: releaseIds } },
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    for (const doc of docs) if (doc.slug) publicSlugs.set(doc.id, doc.slug)
  }
  // An old slug never takes an address that is some public release's own now, nor one an editor redirected.
  const oldSlugs = renamed.docs.flatMap((doc) => doc.previousSlugs ?? [])
  const liveSlugs = new Set<string>()
  if (oldSlugs.length) {
    const { docs } = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      where: { slug: { in: oldSlugs } },
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    for (const doc of docs) if (doc.slug) liveSlugs.add(doc.slug)
  }
  const map: Record<string, string> = {}
  for (const doc of renamed.docs) {
    for (const old of doc.previousSlugs ?? [])
      if (doc.slug && !liveSlugs.has(old)) map[`/news/${old}`] = `/news/${doc.slug}`
  }
  for (const r of entered.docs) {
    const slug = typeof r.release === 'number' ? publicSlugs.get(r.release) : undefined
    const target = r.release ? slug && `/news/${slug}` : r.to
    if (target && isSafeTarget(target)) map[r.from] = target
  }
  return map
}
