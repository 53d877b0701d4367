import Link from 'next/link'
import { formatEmbargo } from '@/lib/time/dates'
import type { Release } from '@/payload-types'

const REVIEW: Record<string, string> = { draft: 'Draft', in_review: 'In review', approved: 'Approved' }

/** Says plainly that this is not what the public sees, and what the public does see. */
type Props = { release: Release; publicSlug: string | null; embargoedUntil: string | null }

export function DraftBanner({ release, publicSlug, embargoedUntil }: Props) {
  return (
    <div className="embargo-banner draft-banner" role="note">
      <p>PREVIEW: NOT PUBLIC · {REVIEW[release.reviewStatus ?? 'draft'] ?? 'Draft'}</p>
      <p className="draft-banner-detail">
        {publicSlug ? (
          <>
            The public page shows the last published version: <Link href={`/news/${publicSlug}`}>see it</Link>.
          </>
        ) : embargoedUntil ? (
          `Embargoed until ${formatEmbargo(embargoedUntil)}.`
        ) : (
          'Not published yet.'
        )}
      </p>
    </div>
  )
}
