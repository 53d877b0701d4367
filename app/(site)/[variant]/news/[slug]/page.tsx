import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CopyTextButton } from '@/components/release/copy-text-button'
import { RelatedStories } from '@/components/release/related-stories'
import { ReleaseDocument } from '@/components/release/release-document'
import { ShareLinks } from '@/components/release/share-links'
import { getRelatedStories, getRelease } from '@/lib/data/releases'
import { getSettings } from '@/lib/data/settings'
import { newsArticleJsonLd, releaseMetadata } from '@/lib/release/meta'
import { siteUrl } from '@/lib/routes/site-url'
import { backLink } from '@/lib/routes/variant'

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
  const back = backLink(variant)
  return (
    <article className="release">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(release, settings) }} />
      <p className="back">
        <Link href={back.href}>
          <span aria-hidden="true">← </span>Back{back.label ? ` to ${back.label}` : ' to news'}
        </Link>
      </p>
      <ReleaseDocument
        release={release}
        settings={settings}
        pressKit={`/news/${release.slug}/press-kit.zip`}
        countDownloads
      />
      <p className="plain-text">
        <a href={`/news/${release.slug}/release.txt`} type="text/plain">
          Plain text of this release
        </a>{' '}
        (to quote from) <CopyTextButton source="release-document" /> ·{' '}
        <a href={`/news/${release.slug}/release.pdf`} type="application/pdf">
          PDF of this release
        </a>
      </p>
      <ShareLinks url={`${siteUrl(settings.siteUrl)}/news/${release.slug}`} title={release.title} />
      <RelatedStories releases={related} />
      {/* The copy buttons' script: public pages carry none of the framework's (server/reading-pages.mjs). */}
      <script src="/assets/enhance.js" defer />
    </article>
  )
}
