import { describe, expect, it } from 'vitest'
import type { ExpertProfile } from '../lib/data/experts'
import { expertMetadata } from '../lib/experts/meta'
import { newsArticleJsonLd } from '../lib/release/meta'
import { siteShareImage } from '../lib/routes/share-image'
import { siteUrl } from '../lib/routes/site-url'
import type { Media, Release, SiteSetting } from '../payload-types'

const settings = { organisationName: 'Harrowmere University', siteUrl: 'https://news.example.org' } as SiteSetting
// SITE_URL, when the environment sets it, wins over the settings: expect whatever the site's address is.
const base = siteUrl(settings.siteUrl)

const photo = {
  id: 7,
  alt: 'Dr Ada Okafor in the laboratory',
  url: '/api/media/file/ada.jpg',
  width: 2400,
  height: 1600,
  sizes: { og: { url: '/api/media/file/ada-1200x630.jpg', width: 1200, height: 630 } },
} as Media
const expert = (overrides: Partial<ExpertProfile> = {}) =>
  ({
    id: 1,
    name: 'Dr Ada Okafor',
    slug: 'ada-okafor',
    jobTitle: 'Reader in Glaciology',
    ...overrides,
  }) as ExpertProfile
const og = (expert: ExpertProfile) => expertMetadata(expert, settings).openGraph as Record<string, unknown>

describe('an expert page’s metadata', () => {
  it('gives its canonical address as og:url', () => {
    const meta = expertMetadata(expert(), settings)
    expect(og(expert())).toMatchObject({ url: `${base}/experts/ada-okafor`, type: 'profile' })
    expect(meta.alternates?.canonical).toBe(`${base}/experts/ada-okafor`)
  })

  it('shares the expert’s public photo, at the social card size, as an absolute address', () => {
    expect(og(expert({ photo }))).toMatchObject({
      images: [{ url: `${base}/api/media/file/ada-1200x630.jpg`, width: 1200, height: 630, alt: photo.alt }],
    })
  })

  it('shares the site’s own picture when the photo is not public (only its id comes back) or there is none', () => {
    const fallback = [siteShareImage(base, 'Harrowmere University Newsroom')]
    expect(og(expert({ photo: 7 }))).toMatchObject({ images: fallback })
    expect(og(expert({ photo: null }))).toMatchObject({ images: fallback })
    expect(fallback[0].url).toBe(`${base}/icon-512.png`)
  })
})

describe('a release’s NewsArticle JSON-LD', () => {
  it('names the organisation as author, with its name and address, as well as publisher', () => {
    const release = { id: 1, title: 'Kelp batteries', slug: 'kelp-batteries', summary: 'Grid storage.' } as Release
    const data = JSON.parse(newsArticleJsonLd(release, { ...settings, organisationName: 'Harrowmere <University>' }))
    const organisation = { '@type': 'Organization', name: 'Harrowmere <University>', url: base }
    expect(data['@type']).toBe('NewsArticle')
    expect(data.author).toEqual(organisation)
    expect(data.publisher).toEqual(organisation)
  })
})
