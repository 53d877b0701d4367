import { ContactBlock } from '@/components/release/contact-block'
import { Corrections } from '@/components/release/corrections'
import { Downloads } from '@/components/release/downloads'
import { ExpertsBlock } from '@/components/release/experts-block'
import { HeroFigure } from '@/components/release/hero-figure'
import { RichText } from '@/components/rich-text'
import { namedExperts } from '@/lib/experts/fields'
import { asMedia } from '@/lib/media-files/picture'
import { lastUpdated } from '@/lib/release/corrections'
import { formatDate } from '@/lib/time/dates'
import type { Contact, Media, Release, SiteSetting } from '@/payload-types'

/**
 * The press release itself, from headline to downloads: shared by the public page and the embargoed preview, so a
 * journalist's early copy reads exactly as the published one will.
 */
type Props = { release: Release; settings: SiteSetting; pressKit?: string; countDownloads?: boolean }

export function ReleaseDocument({ release, settings, pressKit, countDownloads = false }: Props) {
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object')
  const fallback =
    typeof settings.defaultContact === 'object' && settings.defaultContact ? [settings.defaultContact] : []
  // The hero is always on offer to journalists, first, whether or not it was also added under Downloads.
  const hero = asMedia(release.heroImage)
  const downloads = [hero, ...(release.downloads ?? []).map(asMedia)].filter(
    (m, i, all): m is Media => Boolean(m) && all.findIndex((o) => o?.id === m!.id) === i,
  )
  const updated = lastUpdated(release)
  return (
    <div className="release-document" id="release-document">
      <h1>{release.title}</h1>
      {release.releaseDate ? (
        <p className="release-date">
          <time dateTime={release.releaseDate}>{formatDate(release.releaseDate)}</time>
          {updated ? (
            <>
              {' · '}
              <a href="#corrections-heading">
                Updated <time dateTime={updated}>{formatDate(updated)}</time>
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="standfirst">{release.summary}</p>
      <HeroFigure media={hero} />
      <RichText data={release.body} className="prose" />
      <Corrections release={release} />
      <p className="ends">ENDS</p>
      {release.notesToEditors ? (
        <section className="notes" aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes to editors</h2>
          <RichText data={release.notesToEditors} className="prose" />
        </section>
      ) : null}
      {settings.about ? (
        <section className="about" aria-labelledby="about-heading">
          <h2 id="about-heading">About {settings.organisationName}</h2>
          <RichText data={settings.about} className="prose" />
        </section>
      ) : null}
      <ContactBlock
        contacts={own.length ? own : fallback}
        outOfHoursPhone={settings.outOfHoursPhone}
        releaseSlug={release.slug ?? ''}
      />
      <ExpertsBlock experts={namedExperts(release.experts)} releaseSlug={release.slug} />
      <Downloads files={downloads} pressKit={pressKit} countFor={countDownloads ? release.slug : undefined} />
    </div>
  )
}
