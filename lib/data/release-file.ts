import 'server-only'
import type { Release, SiteSetting } from '../../payload-types'
import { siteUrl } from '../routes/site-url'
import { getRelease } from './releases'
import { getSettings } from './settings'

type Render = (release: Release, settings: SiteSetting, url: string) => Promise<Response> | Response

/**
 * A file made from a public release (its plain text, its PDF), read through the same cached data as its page and so
 * expired with it; a release the public cannot see has none.
 */
export const releaseFile =
  (render: Render) =>
  async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const { slug } = await params
    const [release, settings] = await Promise.all([getRelease(slug), getSettings()])
    if (!release)
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    return render(release, settings, `${siteUrl(settings.siteUrl)}/news/${release.slug}`)
  }
