import { zipSync, type Zippable } from 'fflate'
import type { Media, Release, SiteSetting } from '../../payload-types'
import { asMedia } from '../media-files/picture'
import { readMediaFile } from '../media-files/store'
import { releaseText } from './text'

function uploadsInBody(node: unknown, out: unknown[]) {
  if (!node || typeof node !== 'object') return
  const n = node as { type?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (n.type === 'upload') out.push(n.value)
  if (n.root) uploadsInBody(n.root, out)
  for (const child of n.children ?? []) uploadsInBody(child, out)
}

/** The original files a release offers journalists: hero, downloads, then pictures in the body, each once. */
export function pressKitFiles(release: Release): Media[] {
  const all: unknown[] = [release.heroImage, ...(release.downloads ?? [])]
  uploadsInBody(release.body, all)
  const seen = new Set<number>()
  return all
    .map(asMedia)
    .filter((m): m is Media => Boolean(m?.filename) && !seen.has(m!.id) && Boolean(seen.add(m!.id)))
}

const credits = (files: Media[]) =>
  [
    'Pictures and documents in this press kit, with their credits.',
    'Please credit as shown when you publish a picture.',
    '',
    ...files.flatMap((f) => [
      f.filename!,
      `  ${f.alt}`,
      ...(f.caption ? [`  ${f.caption}`] : []),
      `  Credit: ${f.credit || 'not given'}`,
      '',
    ]),
  ].join('\n')

/**
 * A press kit: every original picture and document of a release, its plain text, and a credits list, as one zip
 * (stored, not compressed: pictures and PDFs are compressed already). Files missing from storage are left out.
 */
export async function buildPressKit(release: Release, settings: SiteSetting, url: string): Promise<Uint8Array> {
  const files = pressKitFiles(release)
  const entries: Zippable = {}
  for (const file of files) {
    const data = await readMediaFile(file.filename!)
    if (data) entries[file.filename!] = [data, { level: 0 }]
  }
  entries['credits.txt'] = new TextEncoder().encode(credits(files))
  entries['release.txt'] = new TextEncoder().encode(releaseText(release, settings, url))
  return zipSync(entries)
}
