import type { Metadata } from 'next'
import type { Release, SiteSetting } from '../../payload-types'
import { withFeeds } from '../feeds/discovery'
import { asMedia, sizeOf } from '../media-files/picture'
import { absoluteUrl } from '../routes/share-image'
import { siteUrl } from '../routes/site-url'
import { newsroomName } from '../text/newsroom-name'
import { lastUpdated } from './corrections'

/** The picture shared on social networks: the SEO image, else the hero, else a generated title card. */
export function shareImage(release: Release, base: string) {
  const picture = sizeOf(asMedia(release.meta?.image) ?? asMedia(release.heroImage), 'og')
  if (picture)
    return { url: absoluteUrl(base, picture.url), width: picture.width, height: picture.height, alt: picture.alt }
  return { url: `${base}/news/${release.slug}/card.png`, width: 1200, height: 630, alt: release.title }
}

export function releaseMetadata(release: Release, settings: SiteSetting): Metadata {
  const base = siteUrl(settings.siteUrl)
  const url = `${base}/news/${release.slug}`
  const title = release.meta?.title || release.title
  const description = release.meta?.description || release.summary
  const image = shareImage(release, base)
  return {
    title,
    description,
    alternates: withFeeds(url),
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: newsroomName(settings),
      locale: 'en_GB',
      publishedTime: release.releaseDate ?? undefined,
      modifiedTime: lastUpdated(release) ?? release.updatedAt,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  }
}

/** schema.org NewsArticle, so search engines show the headline, date, author and publisher correctly. */
export function newsArticleJsonLd(release: Release, settings: SiteSetting): string {
  const base = siteUrl(settings.siteUrl)
  // A press release speaks for the organisation, so it is the author as well as the publisher.
  const organisation = { '@type': 'Organization', name: settings.organisationName, url: base }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description: release.summary,
    datePublished: release.releaseDate ?? undefined,
    // A correction or update is the change a reader should know of; otherwise the last save.
    dateModified: lastUpdated(release) ?? release.updatedAt,
    mainEntityOfPage: `${base}/news/${release.slug}`,
    image: [shareImage(release, base).url],
    author: organisation,
    publisher: organisation,
  }
  // Escaped so text typed by an editor can never close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
