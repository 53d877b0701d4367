import type { PayloadRequest } from 'payload'
import { IMPORT_LIMITS } from './limits'
import { TOO_LARGE } from './read-file'

export type Mode = 'preview' | 'apply'
export type Upload =
  { ok: true; bytes: Uint8Array; mode: Mode; expect?: string } | { ok: false; status: 400 | 413; message: string }

// A form's boundaries and other fields around a file at the limit.
const FORM_OVERHEAD = 64 * 1024
const tooLarge = { ok: false, status: 413, message: TOO_LARGE } as const
const bad = (message: string) => ({ ok: false, status: 400, message }) as const

/**
 * The CSV and what to do with it, from a form (`file`, `mode`, `expect`) or a plain body (`?mode=`). A declared
 * size over the limit is refused before anything is read. Without a mode it is a preview: nothing is saved unless
 * asked for in so many words.
 */
export async function readUpload(req: PayloadRequest): Promise<Upload> {
  if (Number(req.headers.get('content-length')) > IMPORT_LIMITS.bytes + FORM_OVERHEAD) return tooLarge
  const field = (name: string, form?: FormData) => {
    const value = form?.get(name)
    return typeof value === 'string' ? value : (req.searchParams?.get(name) ?? undefined)
  }
  let bytes: Uint8Array
  let form: FormData | undefined
  if (/multipart\/form-data/i.test(req.headers.get('content-type') ?? '')) {
    try {
      form = await req.formData!()
    } catch {
      return bad('The upload could not be read. Choose the CSV file again and send it as a form field named "file".')
    }
    const file = form.get('file')
    if (file === null) return bad('Choose a CSV file to import.')
    bytes = typeof file === 'string' ? new TextEncoder().encode(file) : new Uint8Array(await file.arrayBuffer())
  } else bytes = new Uint8Array(await req.arrayBuffer!())
  if (bytes.byteLength > IMPORT_LIMITS.bytes) return tooLarge
  if (!bytes.byteLength) return bad('The file is empty.')
  const mode = field('mode', form) ?? 'preview'
  if (mode !== 'preview' && mode !== 'apply') return bad('Say "preview" or "apply" as the mode.')
  return { ok: true, bytes, mode, expect: field('expect', form) || undefined }
}
