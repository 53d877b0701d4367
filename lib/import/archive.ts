import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { normaliseOldAddress, validOldAddress } from '../routes/old-address'
import { parseCsv } from './csv'
import { importRelease, type ImportResult } from './import-release'
import type { ResolveAsset } from './pictures'

const IMPORTABLE = /\.(docx|html?|txt)$/i
const PICTURE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
}

export type MappedRedirect = { from: string; file: string; status: 'added' | 'updated' | 'skipped'; why?: string }

/** Every importable file under the given files and folders, in a stable order. */
export async function archiveFiles(inputs: string[]): Promise<string[]> {
  const found: string[] = []
  for (const input of inputs) {
    const info = await stat(input)
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true })
      for (const entry of entries)
        if (entry.isFile() && IMPORTABLE.test(entry.name)) found.push(path.join(entry.parentPath, entry.name))
    } else found.push(input)
  }
  return [...new Set(found)].sort()
}

/** Pictures a saved web page refers to, read from beside it ("page_files/photo.jpg"). */
const besideFile =
  (file: string): ResolveAsset =>
  async (src) => {
    if (/^[a-z]+:/i.test(src) || src.startsWith('//')) return null
    const full = path.resolve(path.dirname(file), decodeURIComponent(src.split(/[?#]/)[0]))
    const mimeType = PICTURE_TYPES[path.extname(full).toLowerCase()]
    if (!mimeType) return null
    return { data: new Uint8Array(await readFile(full)), mimeType }
  }

/** Imports each file as a draft, in turn. */
export async function importFiles(payload: Payload, files: string[]): Promise<Map<string, ImportResult>> {
  const results = new Map<string, ImportResult>()
  for (const file of files) {
    const data = new Uint8Array(await readFile(file))
    results.set(file, await importRelease(payload, { name: path.basename(file), data }, { resolve: besideFile(file) }))
  }
  return results
}

/**
 * Old addresses to the releases imported from them, from a CSV of "old URL, file" (a header row is skipped).
 * Each becomes a Redirect, which answers only while its release is public: so old links work from publication on.
 */
export async function mapOldAddresses(
  payload: Payload,
  csv: string,
  results: Map<string, ImportResult>,
  csvDir: string,
): Promise<MappedRedirect[]> {
  const byPath = new Map([...results].map(([file, result]) => [path.resolve(file), result]))
  const byName = new Map([...results].map(([file, result]) => [path.basename(file), result]))
  const out: MappedRedirect[] = []
  for (const [oldUrl = '', file = ''] of parseCsv(csv)) {
    if (!file.trim() || /^(old|url|from)/i.test(oldUrl.trim())) continue
    const result = byPath.get(path.resolve(csvDir, file.trim())) ?? byName.get(path.basename(file.trim()))
    const from = normaliseOldAddress(oldUrl) as string
    const valid = validOldAddress(from)
    if (valid !== true) {
      out.push({ from: oldUrl, file, status: 'skipped', why: valid })
      continue
    }
    if (!result || result.status === 'failed') {
      out.push({
        from,
        file,
        status: 'skipped',
        why: result ? 'its file was not imported' : 'no such file among those imported',
      })
      continue
    }
    const existing = await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      overrideAccess: true,
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      await payload.update({
        collection: 'redirects',
        id: existing.docs[0].id,
        overrideAccess: true,
        data: { release: result.id, to: null },
      })
      out.push({ from, file, status: 'updated' })
    } else {
      await payload.create({ collection: 'redirects', overrideAccess: true, data: { from, release: result.id } })
      out.push({ from, file, status: 'added' })
    }
  }
  return out
}
