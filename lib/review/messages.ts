import { formatEmbargo } from '../time/dates'
import type { ReviewEvent } from './transition'

export type ReviewRelease = {
  id: number | string
  title: string
  reviewComment?: string | null
  embargoUntil?: string | null
}
export type ReviewMessage = { subject: string; text: string }

type Line = string | null | undefined
const join = (lines: Line[]) => lines.filter((l): l is string => typeof l === 'string').join('\n')

/** Plain-text review emails. `by` names whoever made the change; `base` is the site's public address. */
export function reviewMessage(event: ReviewEvent, release: ReviewRelease, by: string, base: string): ReviewMessage {
  const link = `${base}/admin/collections/releases/${release.id}`
  const comment = release.reviewComment?.trim() || null
  const embargo = release.embargoUntil ? `Embargoed until ${formatEmbargo(release.embargoUntil)}.` : null
  if (event === 'submitted') {
    return {
      subject: `For review: ${release.title}`,
      text: join([
        `${by} submitted a release for review.`,
        '',
        `Title: ${release.title}`,
        embargo,
        comment && `Note: ${comment}`,
        '',
        `Review it in the admin: ${link}`,
      ]),
    }
  }
  if (event === 'returned') {
    return {
      subject: `Returned with a comment: ${release.title}`,
      text: join([
        `${by} returned your release "${release.title}" to draft with a comment:`,
        '',
        comment,
        '',
        `Open it in the admin: ${link}`,
      ]),
    }
  }
  return {
    subject: `Approved: ${release.title}`,
    text: join([`${by} approved your release "${release.title}".`, embargo, '', `Open it in the admin: ${link}`]),
  }
}
