import type { Payload } from 'payload'
import type { User } from '../../payload-types'
import type { Block, ImportReport, Picture } from './types'

const IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

/** A picture's bytes: from a data: address, or from `resolve` (a file beside the page, an upload sent with it). */
export type ResolveAsset = (src: string) => Promise<{ data: Uint8Array; mimeType: string } | null>

function fromDataUri(src: string): { data: Uint8Array; mimeType: string } | null {
  const match = /^data:([\w/+.-]+);base64,(.*)$/s.exec(src)
  return match ? { mimeType: match[1].toLowerCase(), data: new Uint8Array(Buffer.from(match[2], 'base64')) } : null
}

/**
 * Brings the document's pictures in as media, with their alt text (or, where there is none, a placeholder the
 * report asks to replace). Pictures on other websites are not fetched: the report lists them.
 */
export async function savePictures(
  payload: Payload,
  blocks: Block[],
  report: ImportReport,
  options: { user?: User; resolve?: ResolveAsset; label: string },
): Promise<Map<Block, number>> {
  const ids = new Map<Block, number>()
  let n = 0
  for (const block of blocks) {
    if (block.kind !== 'image') continue
    n++
    const picture: Picture = block.picture
    const file =
      fromDataUri(picture.src) ??
      (/^https?:/i.test(picture.src) ? null : await options.resolve?.(picture.src).catch(() => null)) ??
      null
    const extension = file && IMAGE_TYPES[file.mimeType]
    if (!file || !extension) {
      const which = picture.src.startsWith('data:') ? `picture ${n} (not a JPEG, PNG, GIF or WebP)` : picture.src
      report.leftOver.push(`Picture not brought in: ${which} (add it by hand if it is wanted)`)
      continue
    }
    const alt = picture.alt ?? `Picture ${n} from ${options.label}`
    const media = await payload.create({
      collection: 'media',
      data: { alt },
      file: {
        data: Buffer.from(file.data),
        mimetype: file.mimeType,
        name: `import-${n}.${extension}`,
        size: file.data.byteLength,
      },
      user: options.user,
      overrideAccess: !options.user,
    })
    ids.set(block, media.id)
    report.recognised.push(
      `Picture ${n}: brought in as media${picture.alt ? ` with its alt text "${picture.alt}"` : ''}`,
    )
    if (!picture.alt) report.leftOver.push(`Picture ${n} has no alt text: describe it in Media`)
  }
  return ids
}
