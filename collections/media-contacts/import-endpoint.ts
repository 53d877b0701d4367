import type { PayloadHandler } from 'payload'
import { applyImport } from '../../lib/contacts-book/apply-import'
import { decodeCsv } from '../../lib/contacts-book/decode'
import { planImport } from '../../lib/contacts-book/import-plan'
import { readContactsFile } from '../../lib/contacts-book/read-file'
import { readUpload } from '../../lib/contacts-book/read-upload'

const problem = (status: number, message: string, more: object = {}) =>
  Response.json({ errors: [{ message }], ...more }, { status })
const CHANGED = 'The contacts book changed since you checked this file, so nothing was imported. Check the file again.'

/**
 * POST /api/media-contacts/import (staff): a CSV of contacts. `mode=preview` says row by row what would happen;
 * `mode=apply` does it, planned by the same rules again. With `expect` (the preview's fingerprint), apply refuses
 * (409) when the plan is no longer what the preview showed. A file that cannot be read is a 400 or 413 in words.
 */
export const importEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to import media contacts.')
  const upload = await readUpload(req)
  if (!upload.ok) return problem(upload.status, upload.message)
  const decoded = decodeCsv(upload.bytes)
  if (!decoded.ok) return problem(400, decoded.message)
  const read = readContactsFile(decoded.text)
  if (!read.ok) return problem(read.status, read.message)
  const { plan, writes } = await planImport(req.payload, read.file, req.user)
  if (upload.mode === 'preview') return Response.json({ mode: 'preview', ...plan })
  if (upload.expect && upload.expect !== plan.fingerprint) return problem(409, CHANGED, { mode: 'preview', ...plan })
  const result = await applyImport(req.payload, writes, req.user)
  return Response.json({ mode: 'apply', ...plan, result })
}
