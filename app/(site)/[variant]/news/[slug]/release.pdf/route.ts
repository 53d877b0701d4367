import { releaseFile } from '@/lib/data/release-file'
import { releasePdf } from '@/lib/release/pdf'

// The release as a PDF, cached and invalidated like its page; a release the public cannot see has none.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

export const GET = releaseFile(
  async (release, settings, url) =>
    new Response((await releasePdf(release, settings, url)) as BodyInit, {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${release.slug}.pdf"` },
    }),
)
