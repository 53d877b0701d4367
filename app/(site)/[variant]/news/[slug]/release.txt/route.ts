import { releaseFile } from '@/lib/data/release-file'
import { releaseText } from '@/lib/release/text'

// The release as plain text, cached and invalidated like its page; a release the public cannot see has none.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export const GET = releaseFile(
  (release, settings, url) =>
    new Response(releaseText(release, settings, url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
)
