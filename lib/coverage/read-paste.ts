import { parseAddresses, type ParsedPaste } from './parse-addresses'

export const MAX_PASTED_CHARACTERS = 20_000
export const MAX_PASTED_ADDRESSES = 200

const count = (n: number) => n.toLocaleString('en-GB')
const SHAPE = 'Send the release’s number and the pasted addresses: { "release": 12, "text": "https://…" }.'

export type Paste =
  { ok: true; release: number; parsed: ParsedPaste } | { ok: false; status: 400 | 413; message: string }

/** The request body read as a paste, or why not: too long to read, or too many addresses to log at once. */
export function readPaste(body: unknown): Paste {
  if (typeof body !== 'object' || body === null) return { ok: false, status: 400, message: SHAPE }
  const { release, text } = body as { release?: unknown; text?: unknown }
  const id = typeof release === 'string' && /^\d+$/.test(release) ? Number(release) : release
  // A release number is a PostgreSQL integer: past one, it is a mistake rather than a release to look for.
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1 || id > 2 ** 31 - 1) {
    return { ok: false, status: 400, message: 'Choose the release this coverage is of.' }
  }
  if (typeof text !== 'string') return { ok: false, status: 400, message: SHAPE }
  if (text.length > MAX_PASTED_CHARACTERS) {
    return {
      ok: false,
      status: 413,
      message: `Paste at most ${count(MAX_PASTED_CHARACTERS)} characters at a time (this was ${count(text.length)}).`,
    }
  }
  const parsed = parseAddresses(text)
  const addresses = parsed.addresses.length
  if (addresses > MAX_PASTED_ADDRESSES) {
    return {
      ok: false,
      status: 400,
      message: `Paste at most ${MAX_PASTED_ADDRESSES} addresses at a time (this list has ${addresses}).`,
    }
  }
  if (!text.trim()) return { ok: false, status: 400, message: 'Paste at least one address.' }
  return { ok: true, release: id, parsed }
}
