import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { SiteShell } from '@/components/site-shell'
import { ContactBlock } from '@/components/release/contact-block'
import { Downloads } from '@/components/release/downloads'
import { HeroFigure } from '@/components/release/hero-figure'
import { RichText } from '@/components/rich-text'
import { getSettings } from '@/lib/data/settings'
import { formatDate, formatEmbargo } from '@/lib/dates'
import { asMedia } from '@/lib/media'
import { resolvePreview } from '@/lib/preview/resolve'
import type { Contact, Media } from '@/payload-types'

// Rendered per request and never cached: each link is personal, and may be revoked at any moment.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Embargoed preview', robots: { index: false, follow: false }, referrer: 'no-referrer' }

export default async function PreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const result = await resolvePreview((await params).token)
  if (result.kind === 'gone') notFound()
  if (result.kind === 'public') redirect(`/news/${result.slug}`)
  const { release } = result
  const settings = await getSettings()
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object')
  const fallback = typeof settings.defaultContact === 'object' && settings.defaultContact ? [settings.defaultContact] : []
  const downloads = (release.downloads ?? []).map(asMedia).filter((m): m is Media => Boolean(m))
  const lifts = release.embargoUntil ?? release.releaseDate
  return (
    <SiteShell>
      <article className="release">
        <p className="embargo-banner" role="note">
          {lifts ? `EMBARGOED UNTIL ${formatEmbargo(lifts).replace(',', '')}` : 'EMBARGOED: NOT FOR PUBLICATION'}
        </p>
        <h1>{release.title}</h1>
        {release.releaseDate ? (
          <p className="release-date">
            <time dateTime={release.releaseDate}>{formatDate(release.releaseDate)}</time>
          </p>
        ) : null}
        <p className="standfirst">{release.summary}</p>
        <HeroFigure media={asMedia(release.heroImage)} />
        <RichText data={release.body} className="prose" />
        <p className="ends">ENDS</p>
        {release.notesToEditors ? (
          <section className="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">Notes to editors</h2>
            <RichText data={release.notesToEditors} className="prose" />
          </section>
        ) : null}
        <ContactBlock contacts={own.length ? own : fallback} outOfHoursPhone={settings.outOfHoursPhone} releaseSlug={release.slug ?? ''} />
        <Downloads files={downloads} />
      </article>
    </SiteShell>
  )
}
