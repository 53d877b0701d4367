import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'

type Props = { payload: Payload; user?: TypedUser | null }

/** On the dashboard: how many links in public releases no longer lead anywhere, found by the daily check. */
export async function BrokenLinksCount({ payload, user }: Props) {
  if (!user) return null
  const { totalDocs } = await payload.count({
    collection: 'link-checks',
    where: { status: { equals: 'broken' } },
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  return (
    <section className="broken-links-count" aria-labelledby="broken-links-heading">
      <h2 id="broken-links-heading">Broken links ({totalDocs})</h2>
      <p>
        {totalDocs === 0
          ? 'Every link in public releases answered at the last daily check.'
          : totalDocs === 1
            ? '1 link in public releases no longer leads anywhere. '
            : `${totalDocs} links in public releases no longer lead anywhere. `}
        {totalDocs > 0 && <Link href={`${admin}/collections/link-checks`}>See which releases</Link>}
      </p>
    </section>
  )
}
