import { sizeOf } from '@/lib/media-files/picture'
import type { Media } from '@/payload-types'

export function HeroFigure({ media }: { media: Media | null }) {
  const picture = sizeOf(media, 'hero')
  if (!media || !picture) return null
  return (
    <figure className="hero">
      <img src={picture.url} alt={media.alt} width={picture.width} height={picture.height} fetchPriority="high" />
      {media.caption || media.credit ? (
        <figcaption>
          {media.caption}
          {media.credit ? <span className="credit"> Credit: {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
