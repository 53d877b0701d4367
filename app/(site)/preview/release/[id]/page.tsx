import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { DraftBanner } from '@/components/release/draft-banner'
import { DraftRefresh } from '@/components/release/draft-refresh'
import { ReleaseDocument } from '@/components/release/release-document'
import { SiteShell } from '@/components/site-shell'
import { getSettings } from '@/lib/data/settings'
import { readDraft } from '@/lib/preview/draft'

// The admin's preview of the latest draft: per request, for signed-in staff only, never cached or indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Draft preview',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

export default async function DraftPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const result = await readDraft(id, await headers())
  if (result.kind === 'anonymous') redirect(`/admin/login?redirect=${encodeURIComponent(`/preview/release/${id}`)}`)
  if (result.kind === 'missing') notFound()
  const settings = await getSettings()
  return (
    <SiteShell>
      <article className="release">
        <DraftBanner release={result.release} publicSlug={result.publicSlug} embargoedUntil={result.embargoedUntil} />
        <ReleaseDocument release={result.release} settings={settings} />
      </article>
      <DraftRefresh />
    </SiteShell>
  )
}
