import { fileType, formatBytes } from '@/lib/text/format'
import type { Media } from '@/payload-types'

// `countFor`: the public release these are offered on, named in each link so the server can count the download for
// it (server/count-requests.mjs) without a cookie or script; the same picture shown in a page is not counted.
const counted = (url: string, slug?: string | null) =>
  slug ? `${url}${url.includes('?') ? '&' : '?'}download=${slug}` : url

/** Every file with its type, size and credit, and the press kit (the release's text and every file) as one zip. */
export function Downloads({
  files,
  pressKit,
  countFor,
}: {
  files: Media[]
  pressKit?: string
  countFor?: string | null
}) {
  if (!files.length) return null
  return (
    <section className="downloads" aria-labelledby="downloads-heading" data-copy="skip">
      <h2 id="downloads-heading">Downloads for journalists</h2>
      {pressKit ? (
        <p className="press-kit">
          <a href={pressKit} download>
            Download all (the release and {files.length === 1 ? 'its file' : `${files.length} files`}, with credits) as
            a .zip
          </a>
        </p>
      ) : null}
      <ul className="download-list">
        {files.map((file) => (
          <li key={file.id}>
            {file.mimeType?.startsWith('image/') && file.sizes?.thumbnail?.url ? (
              <img src={file.sizes.thumbnail.url} alt="" width={160} height={120} loading="lazy" />
            ) : null}
            <div>
              <a href={file.url ? counted(file.url, countFor) : undefined} download={file.filename ?? true}>
                Download {file.alt}
              </a>
              <p className="meta">
                {fileType(file.mimeType)}, {formatBytes(file.filesize)}
                {file.width && file.height ? `, ${file.width} × ${file.height} pixels` : ''}
                {file.credit ? `. Credit: ${file.credit}` : ''}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
