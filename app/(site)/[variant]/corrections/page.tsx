import type { Metadata } from 'next'
import Link from 'next/link'
import { listCorrections } from '@/lib/data/releases'
import { withFeeds } from '@/lib/feeds/discovery'
import { KIND_LABEL } from '@/lib/release/corrections'
import { formatDate } from '@/lib/time/dates'

export const metadata: Metadata = {
  title: 'Corrections and updates',
  description: 'Every correction and update made to our releases after publication, newest first.',
  alternates: withFeeds('/corrections'),
}

export default async function CorrectionsPage() {
  const entries = await listCorrections()
  return (
    <>
      <h1>Corrections and updates</h1>
      <p>
        When we correct or update a release after publishing it, we say so on the release and list it here, newest
        first, with what changed and why.
      </p>
      {entries.length === 0 ? (
        <p>No release has been corrected or updated.</p>
      ) : (
        <ol className="corrections-list">
          {entries.map((entry, i) => (
            <li key={i}>
              <p>
                <strong>{KIND_LABEL[entry.kind] ?? 'Update'}</strong>,{' '}
                <time dateTime={entry.date}>{formatDate(entry.date)}</time>, to{' '}
                <Link href={`/news/${entry.release.slug}#corrections-heading`}>{entry.release.title}</Link>
              </p>
              <p>{entry.note}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
