import type { Payload } from 'payload'
import { siteUrl } from '../routes/site-url'
import { probe, type ProbeOptions } from './probe'
import { checkLinkShape } from './shape'
import { linksIn } from './walk'

const DAY_MS = 24 * 60 * 60 * 1000
export type CheckOptions = ProbeOptions & {
  now?: Date
  limit?: number
  perHostGapMs?: number
  hostsAtOnce?: number
  signal?: AbortSignal
  /** Which recorded links to ask about this time (all by default). */
  only?: (url: string) => boolean
}
export type CheckSummary = { links: number; checked: number; broken: number }

/** Every outside web address linked from a public release, with the releases that link to it. */
async function publicLinks(payload: Payload): Promise<Map<string, number[]>> {
  const own = new URL(siteUrl()).host
  const links = new Map<string, number[]>()
  for (let page = 1; ; page++) {
    // As the public sees them: no user, so drafts and embargoed releases are not read.
    const batch = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      depth: 0,
      page,
      limit: 200,
      select: { body: true, notesToEditors: true },
    })
    for (const release of batch.docs) {
      for (const link of [...linksIn(release.body), ...linksIn(release.notesToEditors)]) {
        const shape = checkLinkShape(link.url)
        if (!shape.ok || !/^https?:\/\//i.test(shape.url)) continue
        const url = new URL(shape.url)
        if (url.host === own) continue
        url.hash = ''
        const ids = links.get(url.toString()) ?? []
        if (!ids.includes(release.id)) links.set(url.toString(), [...ids, release.id])
      }
    }
    if (!batch.hasNextPage) return links
  }
}

/** The link records follow the public releases: new addresses added, gone ones removed, release lists updated. */
async function syncRecords(payload: Payload, links: Map<string, number[]>) {
  const known = await payload.find({
    collection: 'link-checks',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { url: true, releases: true },
  })
  const byUrl = new Map(known.docs.map((d) => [d.url, d]))
  for (const doc of known.docs)
    if (!links.has(doc.url)) await payload.delete({ collection: 'link-checks', id: doc.id, overrideAccess: true })
  for (const [url, releases] of links) {
    const doc = byUrl.get(url)
    if (!doc)
      await payload.create({
        collection: 'link-checks',
        overrideAccess: true,
        data: { url, host: new URL(url).host, status: 'unchecked', releases },
      })
    else if (
      JSON.stringify([...(doc.releases ?? [])].map((r) => (typeof r === 'object' ? r.id : r)).sort()) !==
      JSON.stringify([...releases].sort())
    )
      await payload.update({ collection: 'link-checks', id: doc.id, overrideAccess: true, data: { releases } })
  }
}

/**
 * The daily link check: finds the outside links in public releases, then asks each one not checked in the last day
 * whether it still answers, one request at a time per site with a pause between them (a few sites at once), and
 * records broken links with when they were first seen broken.
 */
export async function checkLinks(payload: Payload, options: CheckOptions = {}): Promise<CheckSummary> {
  const now = options.now ?? new Date()
  const links = await publicLinks(payload)
  await syncRecords(payload, links)
  const due = await payload.find({
    collection: 'link-checks',
    overrideAccess: true,
    depth: 0,
    limit: options.limit ?? 2000,
    sort: 'lastCheckedAt',
    where: {
      or: [
        { lastCheckedAt: { exists: false } },
        { lastCheckedAt: { less_than: new Date(now.getTime() - DAY_MS + 60_000).toISOString() } },
      ],
    },
  })
  const byHost = new Map<string, typeof due.docs>()
  for (const doc of due.docs.filter((d) => !options.only || options.only(d.url)))
    byHost.set(doc.host ?? '', [...(byHost.get(doc.host ?? '') ?? []), doc])
  const queue = [...byHost.values()]
  let checked = 0
  const worker = async () => {
    for (let host = queue.shift(); host; host = queue.shift()) {
      for (const [i, doc] of host.entries()) {
        if (options.signal?.aborted) return
        if (i) await new Promise((resolve) => setTimeout(resolve, options.perHostGapMs ?? 1000))
        const result = await probe(doc.url, options)
        checked++
        if (result.retryLater) continue
        const broken = !result.ok
        await payload.update({
          collection: 'link-checks',
          id: doc.id,
          overrideAccess: true,
          data: {
            status: broken ? 'broken' : 'ok',
            httpStatus: result.status ?? null,
            problem: result.problem ?? null,
            lastCheckedAt: now.toISOString(),
            firstBrokenAt: broken
              ? doc.status === 'broken' && doc.firstBrokenAt
                ? doc.firstBrokenAt
                : now.toISOString()
              : null,
          },
        })
      }
    }
  }
  await Promise.all(Array.from({ length: options.hostsAtOnce ?? 4 }, worker))
  const broken = (
    await payload.count({ collection: 'link-checks', overrideAccess: true, where: { status: { equals: 'broken' } } })
  ).totalDocs
  return { links: links.size, checked, broken }
}
