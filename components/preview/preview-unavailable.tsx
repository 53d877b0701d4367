import Link from 'next/link'

const WHY = {
  gone: 'This preview link has expired or been withdrawn by the press office.',
  withdrawn: 'The press office has withdrawn this release. Please do not publish anything from an earlier copy.',
  'not-approved': 'This release is not ready to read yet: the press office has not approved it.',
} as const

/** What a journalist sees when a preview link no longer shows a release, with the way to the press office. */
export function PreviewUnavailable({ reason }: { reason: keyof typeof WHY }) {
  return (
    <section className="not-found">
      <h1>This preview is not available</h1>
      <p>{WHY[reason]}</p>
      <p>
        If you were expecting to read it, <Link href="/contacts">contact the press office</Link>.
      </p>
    </section>
  )
}
