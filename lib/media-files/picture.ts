import type { Media } from '../../payload-types'

export type SizeName = 'thumbnail' | 'card' | 'hero' | 'og'
export type Picture = { url: string; width: number; height: number; alt: string }

/** A populated upload, or null when only an id came back (not readable, or depth too shallow). */
export const asMedia = (value: unknown): Media | null =>
  value && typeof value === 'object' && 'url' in value ? (value as Media) : null

/** The named size when sharp made it (small originals are not enlarged), else the original. */
export function sizeOf(media: Media | null, size: SizeName): Picture | null {
  if (!media?.url) return null
  const sized = media.sizes?.[size]
  if (sized?.url && sized.width && sized.height)
    return { url: sized.url, width: sized.width, height: sized.height, alt: media.alt }
  return { url: media.url, width: media.width ?? 1200, height: media.height ?? 675, alt: media.alt }
}
