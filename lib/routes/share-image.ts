import type { Picture } from '../media-files/picture'

/** A picture's address as social networks need it: absolute, on this site unless it is elsewhere already. */
export const absoluteUrl = (base: string, url: string) => (url.startsWith('http') ? url : `${base}${url}`)

/**
 * The newsroom's own picture (the app icon in public/), shared for pages that have none of their own. Square, so
 * networks show it as a small card rather than cropping it into a banner.
 */
export const siteShareImage = (base: string, alt: string): Picture => ({
  url: `${base}/icon-512.png`,
  width: 512,
  height: 512,
  alt,
})
