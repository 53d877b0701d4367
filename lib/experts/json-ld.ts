import type { SiteSetting } from '../../payload-types'
import type { ExpertProfile } from '../data/experts'
import { siteUrl } from '../routes/site-url'

/** schema.org Person for an expert's page: who they are and where they work, never how to reach them directly. */
export function expertJsonLd(expert: ExpertProfile, settings: SiteSetting): string {
  const base = siteUrl(settings.siteUrl)
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: expert.name,
    url: `${base}/experts/${expert.slug}`,
    ...(expert.jobTitle ? { jobTitle: expert.jobTitle } : {}),
    ...(expert.keywords?.length ? { knowsAbout: expert.keywords } : {}),
    ...(expert.languages?.length ? { knowsLanguage: expert.languages } : {}),
    worksFor: { '@type': 'Organization', name: settings.organisationName, url: base },
  }
  // A "</script>" in a name must not end the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
