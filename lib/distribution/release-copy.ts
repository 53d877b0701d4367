import type { Payload } from 'payload'
import type { Contact } from '../../payload-types'
import { approvedVersion } from '../preview/approved-version'
import { findPublicRelease } from '../release/public-release'
import { siteUrl } from '../routes/site-url'
import type { EmailContext, EmailRelease } from './email'

export type ReleaseCopy = {
  release: EmailRelease & { id: number }
  /** Public now: links lead to the public page. Otherwise each recipient gets a preview link. */
  isPublic: boolean
  context: EmailContext
  base: string
  host: string
}

/**
 * What a distribution sends: the words an editor last published or approved (the same version a preview link shows,
 * never a later draft), or undefined when there is none (withdrawn, or never approved).
 */
export async function releaseCopy(payload: Payload, id: number): Promise<ReleaseCopy | undefined> {
  const approved = await approvedVersion(payload, id)
  if (approved?.kind !== 'release') return undefined
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })
  const base = siteUrl(settings.siteUrl)
  const fallback = typeof settings.defaultContact === 'object' ? (settings.defaultContact as Contact) : null
  return {
    release: approved.release,
    isPublic: Boolean(await findPublicRelease(payload, { id })),
    context: {
      organisationName: settings.organisationName,
      pressEmail: settings.pressEmail,
      fallbackContact: fallback,
    },
    base,
    host: new URL(base).hostname,
  }
}
