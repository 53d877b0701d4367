import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import { ClientError } from '../api/client-error'
import { stripJpegMetadata } from './strip-jpeg-metadata'

export type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number; tempFilePath?: string }

export const ACCEPTED_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
}

const NOT_ACCEPTED =
  'This file is not a picture or document we accept. Upload a JPEG, PNG, WebP, AVIF or GIF image, or a PDF.'

/** Camera metadata gone from an image, above all its location: lossless for JPEG, re-encoded for the rest. */
async function withoutMetadata(data: Buffer, mime: string): Promise<Buffer> {
  if (mime === 'application/pdf' || mime === 'image/gif') return data
  const meta = await sharp(data).metadata()
  if (!meta.exif && !meta.xmp && !meta.iptc) return data
  const rotated = meta.orientation !== undefined && meta.orientation !== 1
  if (mime === 'image/jpeg' && !rotated) {
    const stripped = stripJpegMetadata(data)
    if (stripped) return stripped
  }
  // sharp writes no metadata unless asked; the colour profile is kept so colours print as shot.
  const image = sharp(data).rotate().keepIccProfile()
  if (mime === 'image/jpeg') return image.jpeg({ quality: 95 }).toBuffer()
  if (mime === 'image/png') return image.png().toBuffer()
  if (mime === 'image/webp') return image.webp({ quality: 95 }).toBuffer()
  return image.avif({ quality: 80 }).toBuffer()
}

/**
 * What an upload really is decides its type and its name's extension (a PNG called report.pdf is stored as
 * report.png, and served as a PNG); anything not on the list is refused with a message; pictures lose their
 * camera and location metadata before the original is stored.
 */
export async function sanitiseUpload(file: UploadedFile): Promise<UploadedFile> {
  const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  const ext = detected && ACCEPTED_TYPES[detected.mime]
  if (!detected || !ext) throw new ClientError(NOT_ACCEPTED)
  const clean = await withoutMetadata(data, detected.mime).catch(() => {
    throw new ClientError('This picture could not be read. It may be damaged: try exporting it again.')
  })
  const base = path.basename(file.name || 'upload', path.extname(file.name || '')) || 'upload'
  return {
    ...file,
    data: clean,
    size: clean.length,
    mimetype: detected.mime,
    name: `${base}.${ext}`,
    tempFilePath: undefined,
  }
}
