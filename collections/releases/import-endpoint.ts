import type { PayloadHandler } from 'payload'
import { importRelease, type ImportSource } from '../../lib/import/import-release'
import type { ResolveAsset } from '../../lib/import/pictures'

const MAX_FILES = 30
const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/releases/import (multipart): `files` (.docx, .html, .txt; pictures a page refers to may come along)
 * and/or `text` (pasted text or HTML). Each becomes a draft as the signed-in member of staff, with their access;
 * nothing is published. Answers each file's result and report.
 */
export const importEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to import releases.')
  let form: FormData
  try {
    form = await req.formData!()
  } catch {
    return problem(400, 'Send the releases as a form: files under "files", pasted text under "text".')
  }
  const sources: ImportSource[] = []
  const pictures = new Map<string, File>()
  for (const value of form.getAll('files')) {
    if (!(value instanceof File) || !value.size) continue
    if (/^image\//.test(value.type)) pictures.set(value.name, value)
    else sources.push({ name: value.name, data: new Uint8Array(await value.arrayBuffer()) })
  }
  const pasted = form.get('text')
  if (typeof pasted === 'string' && pasted.trim())
    sources.push({ name: 'Pasted release', data: new TextEncoder().encode(pasted) })
  if (!sources.length) return problem(400, 'Choose .docx, .html or .txt files, or paste a release, to import.')
  if (sources.length > MAX_FILES) return problem(400, `Import at most ${MAX_FILES} files at a time.`)

  // A saved web page's pictures, when they were chosen with it: matched by file name.
  const resolve: ResolveAsset = async (src) => {
    const file = pictures.get(decodeURIComponent(src.split(/[?#]/)[0].split('/').pop() ?? ''))
    return file ? { data: new Uint8Array(await file.arrayBuffer()), mimeType: file.type } : null
  }
  const results = []
  for (const source of sources) results.push(await importRelease(req.payload, source, { user: req.user, resolve }))
  return Response.json({ results })
}
