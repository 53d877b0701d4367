import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ContactBlock } from '@/components/release/contact-block'
import { Downloads } from '@/components/release/downloads'
import { HeroFigure } from '@/components/release/hero-figure'
import { RelatedStories } from '@/components/release/related-stories'
import { ShareLinks } from '@/components/release/share-links'
import { RichText } from '@/components/rich-text'
import { getRelatedStories, getRelease } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { formatDate } from '@/lib/dates'
import { asMedia } from '@/lib/media'
import { newsArticleJsonLd, releaseMetadata } from '@/lib/release-meta'
import { siteUrl } from '@/lib/site-url'
import { backLink } from '@/lib/variant'
import type { Contact, Media } from '@/payload-types'

export const generateStaticParams = async () => []

type Props = { params: Promise<{ variant: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
  return release ? releaseMetadata(release, settings) : { title: 'Page not found' }
}

export default async function ReleasePage({ params }: Props) {
  const { variant, slug } = await params
  const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
  if (!release) notFound()
  const related = await getRelatedStories(release)
  const own = (release.contacts ?? []).filter((c): c is Contact => typeof c === 'object')
  const fallback = typeof settings.defaultContact === 'object' && settings.defaultContact ? [settings.defaultContact] : []
  const downloads = (release.downloads ?? []).map(asMedia).filter((m): m is Media => Boolean(m))
  const back = backLink(variant)
  return (
    <article className="release">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(release, settings) }} />
      <p className="back">
        <Link href={back.href}>
          <span aria-hidden="true">← </span>Back{back.label ? ` to ${back.label}` : ' to news'}</Link>
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
      {settings.about ? (
        <section className="about" aria-labelledby="about-heading">
          <h2 id="about-heading">About {settings.organisationName}</h2>
          <RichText data={settings.about} className="prose" />
        </section>
      ) : null}
      <ContactBlock contacts={own.length ? own : fallback} outOfHoursPhone={settings.outOfHoursPhone} releaseSlug={release.slug ?? slug} />
      <Downloads files={downloads} />
      <ShareLinks url={`${siteUrl(settings.siteUrl)}/news/${release.slug}`} title={release.title} />
      <RelatedStories releases={related} />
    </article>
  )
}
