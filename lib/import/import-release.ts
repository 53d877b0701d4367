import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import type { Release, User } from '../../payload-types'
import { slugify } from '../routes/slug'
import { savePictures, type ResolveAsset } from './pictures'
import { readSource, sourceKind, UnreadableSource } from './read-source'
import { recognise } from './recognise'
import { blocksToRichText } from './to-lexical'
import { fullReport, type ImportReport, type StoredImportReport } from './types'

export type ImportSource = { name: string; data: Uint8Array }
export type ImportResult =
  | { name: string; status: 'created' | 'existing'; id: number; title: string; slug: string; report: ImportReport }
  | { name: string; status: 'failed'; error: string }

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** The fingerprint an import is known by: the same file imported twice finds the draft the first one made. */
export const importKey = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

async function freeSlug(payload: Payload, title: string): Promise<string> {
  const base = slugify(title) || 'imported-release'
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (
      !(await payload.count({ collection: 'releases', where: { slug: { equals: candidate } }, overrideAccess: true }))
        .totalDocs
    )
      return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/**
 * Makes a draft release from a Word file, a web page or text, with a report of what was recognised, repaired,
 * dropped and left over. Never publishes. As `user` (with their access) from the admin; without one, as the
 * command line's operator.
 */
export async function importRelease(
  payload: Payload,
  source: ImportSource,
  options: { user?: User; resolve?: ResolveAsset } = {},
): Promise<ImportResult> {
  const name = source.name
  if (!source.data.byteLength) return { name, status: 'failed', error: 'The file is empty.' }
  if (source.data.byteLength > MAX_IMPORT_BYTES)
    return { name, status: 'failed', error: 'The file is larger than 20 MB.' }
  const kind = sourceKind(name, source.data)
  if (!kind) return { name, status: 'failed', error: 'Only .docx, .html and .txt files can be imported.' }

  const key = importKey(source.data)
  const existing = await payload.find({
    collection: 'releases',
    where: { importKey: { equals: key } },
    draft: true,
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  const found = existing.docs[0] as Release | undefined
  if (found)
    return {
      name,
      status: 'existing',
      id: found.id,
      title: found.title,
      slug: found.slug ?? '',
      report: fullReport(found.importReport as StoredImportReport | null, name),
    }

  const dropped: string[] = []
  let document
  try {
    document = await readSource(kind, source.data, dropped)
  } catch (error) {
    if (error instanceof UnreadableSource) return { name, status: 'failed', error: error.message }
    throw error
  }
  const contacts = await payload.find({
    collection: 'contacts',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  const draft = recognise(
    document,
    contacts.docs.map((c) => ({ id: c.id, name: c.name })),
    name,
  )
  const report = draft.report
  report.dropped.unshift(...dropped.map((d) => `"${d}"`))

  // A picture before the first paragraph is the release's main picture; the rest stay where they were.
  const ids = await savePictures(payload, [...draft.body, ...draft.notes], report, {
    user: options.user,
    resolve: options.resolve,
    label: name,
  })
  const firstText = draft.body.findIndex((b) => b.kind !== 'image')
  const lead = draft.body.findIndex((b) => b.kind === 'image' && ids.has(b))
  let heroImage: number | undefined
  if (lead >= 0 && (firstText < 0 || lead < firstText)) {
    const [picture] = draft.body.splice(lead, 1)
    heroImage = ids.get(picture)
    const alt = picture.kind === 'image' ? picture.picture.alt : undefined
    report.check.push(`Main picture taken from the first picture, above the text${alt ? `: "${alt}"` : ''}`)
  }

  const release = await payload.create({
    collection: 'releases',
    draft: true,
    user: options.user,
    overrideAccess: !options.user,
    context: { importing: true },
    data: {
      _status: 'draft',
      title: draft.title.slice(0, 200),
      slug: await freeSlug(payload, draft.title),
      summary: draft.summary,
      releaseDate: draft.releaseDate,
      heroImage,
      body: blocksToRichText(draft.body, ids) as Release['body'],
      notesToEditors: blocksToRichText(draft.notes, ids) as Release['notesToEditors'],
      contacts: draft.contacts,
      importKey: key,
      importReport: report,
    },
  })
  return { name, status: 'created', id: release.id, title: release.title, slug: release.slug ?? '', report }
}
