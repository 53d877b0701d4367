import { ReleaseDocument } from '@/components/release/release-document'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { SiteShell } from '@/components/site-shell'
import { getSettings } from '@/lib/data/settings'
import { formatEmbargo } from '@/lib/dates'
import { resolvePreview } from '@/lib/preview/resolve'

// Rendered per request and never cached: each link is personal, and may be revoked at any moment.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Embargoed preview', robots: { index: false, follow: false }, referrer: 'no-referrer' }

export default async function PreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const result = await resolvePreview((await params).token)
  if (result.kind === 'gone') notFound()
  if (result.kind === 'public') redirect(`/news/${result.slug}`)
  const { release } = result
  const settings = await getSettings()
  const lifts = release.embargoUntil ?? release.releaseDate
  return (
    <SiteShell>
      <article className="release">
        <p className="embargo-banner" role="note">
          {lifts ? `EMBARGOED UNTIL ${formatEmbargo(lifts).replace(',', '')}` : 'EMBARGOED: NOT FOR PUBLICATION'}
        </p>
        <ReleaseDocument release={release} settings={settings} />
      </article>
    </SiteShell>
  )
}
