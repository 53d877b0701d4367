import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { getRelease } from '@/lib/data/releases'
import { formatDate } from '@/lib/dates'

export const generateStaticParams = async () => []

type Props = { params: Promise<{ variant: string; slug: string }> }

export default async function ReleasePage({ params }: Props) {
  const { slug } = await params
  const release = await getRelease(slug)
  if (!release) notFound()
  return (
    <article className="release">
      <p>
        <Link href="/news">Back</Link>
      </p>
      <h1>{release.title}</h1>
      {release.releaseDate ? <time dateTime={release.releaseDate}>{formatDate(release.releaseDate)}</time> : null}
      <p className="standfirst">{release.summary}</p>
      {release.body ? <RichText data={release.body as never} /> : null}
      <p className="ends">ENDS</p>
    </article>
  )
}
