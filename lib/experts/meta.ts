import type { Metadata } from 'next'
import type { SiteSetting } from '../../payload-types'
import type { ExpertProfile } from '../data/experts'
import { withFeeds } from '../feeds/discovery'
import { asMedia, sizeOf } from '../media-files/picture'
import { absoluteUrl, siteShareImage } from '../routes/share-image'
import { siteUrl } from '../routes/site-url'
import { newsroomName } from '../text/newsroom-name'

/**
 * An expert's page as search engines and social networks show it: its own address, and their photo when the public
 * may see it (a photo the public may not read comes back as a bare id), else the site's own picture.
 */
export function expertMetadata(expert: ExpertProfile, settings: SiteSetting): Metadata {
  const base = siteUrl(settings.siteUrl)
  const url = `${base}/experts/${expert.slug}`
  const title = expert.name
  const description = expert.summary || [expert.jobTitle, expert.department].filter(Boolean).join(', ') || undefined
  const siteName = newsroomName(settings)
  const photo = sizeOf(asMedia(expert.photo), 'og')
  const image = photo ? { ...photo, url: absoluteUrl(base, photo.url) } : siteShareImage(base, siteName)
  return {
    title,
    description,
    alternates: withFeeds(url),
    openGraph: { type: 'profile', url, title, description, siteName, locale: 'en_GB', images: [image] },
    twitter: { card: photo ? 'summary_large_image' : 'summary', title, description, images: [image.url] },
  }
}
