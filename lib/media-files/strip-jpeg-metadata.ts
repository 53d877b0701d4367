// JPEG segments that carry camera and location data: APP1 (Exif, XMP), APP13 (IPTC) and comments.
const METADATA_MARKERS = new Set([0xe1, 0xed, 0xfe])

/**
 * A JPEG without its Exif, XMP, IPTC and comment segments, losslessly: the compressed image data is copied byte for
 * byte, so a print-quality original stays print quality. Undefined when the file is not a JPEG this walk understands.
 */
export function stripJpegMetadata(jpeg: Buffer): Buffer | undefined {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined
  const kept: Buffer[] = [jpeg.subarray(0, 2)]
  let at = 2
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined
    const marker = jpeg[at + 1]
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    // Start of scan: what follows is image data up to the end of the file.
    if (marker === 0xda) return Buffer.concat([...kept, jpeg.subarray(at)])
    const length = jpeg.readUInt16BE(at + 2)
    const end = at + 2 + length
    if (length < 2 || end > jpeg.length) return undefined
    if (!METADATA_MARKERS.has(marker)) kept.push(jpeg.subarray(at, end))
    at = end
  }
  return undefined
}
