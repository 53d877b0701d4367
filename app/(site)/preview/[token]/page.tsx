import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { PreviewUnavailable } from '@/components/preview/preview-unavailable'
import { ReleaseDocument } from '@/components/release/release-document'
import { SiteShell } from '@/components/site-shell'
import { payload } from '@/lib/data/payload'
import { getSettings } from '@/lib/data/settings'
import { recordOpen } from '@/lib/db/preview-opens'
import { clientIp } from '@/lib/enquiries/client-ip'
import { withPreviewFileUrls } from '@/lib/preview/media'
import { browserFamily, openKind } from '@/lib/preview/open-kind'
import { resolvePreview } from '@/lib/preview/resolve'
import { statusLine } from '@/lib/release/status-line'

// Rendered per request and never cached: each link is personal, and may be revoked at any moment.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Embargoed preview',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

export default async function PreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const result = await resolvePreview(token)
  if (result.kind === 'gone') notFound()
  if (result.kind === 'withdrawn' || result.kind === 'not-approved')
    return (
      <SiteShell>
        <PreviewUnavailable reason={result.kind} />
      </SiteShell>
    )
  const request = await headers()
  // The press office sees who opened each link and when (lib/preview/open-kind.ts tells people from robots, link
  // scanners, prefetches and openings after the release went public); a failure to note it is no reason to keep a
  // journalist from the release.
  await recordOpen(await payload(), result.linkId, {
    ip: clientIp(request),
    userAgent: request.get('user-agent') ?? '',
    kind: openKind((name) => request.get(name), result.kind === 'public'),
    browser: browserFamily(request.get('user-agent') ?? ''),
  }).catch(() => undefined)
  if (result.kind === 'public') redirect(`/news/${result.slug}`)
  // The release's pictures and downloads are not public yet: the link's holder fetches them through the link.
  const release = withPreviewFileUrls(result.release, token)
  const settings = await getSettings()
  return (
    <SiteShell>
      <article className="release">
        <p className="embargo-banner" role="note">
          {statusLine(release)}
        </p>
        <ReleaseDocument release={release} settings={settings} pressKit={`/preview/${token}/press-kit.zip`} />
        <p className="plain-text">
          <a href={`/preview/${token}/release.pdf`} type="application/pdf">
            PDF of this release (embargoed)
          </a>
        </p>
      </article>
    </SiteShell>
  )
}
