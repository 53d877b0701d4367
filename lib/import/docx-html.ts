import { Worker } from 'node:worker_threads'
import { unzipSync } from 'fflate'

export class UnreadableSource extends Error {}

// What a Word file may unpack to before anything parses it. A long release with tables is well under a megabyte of
// XML; pictures make up the rest. A .docx whose XML unpacks to tens of megabytes (a zip bomb) is refused unread.
export const DOCX_LIMITS = {
  entries: 2_000,
  xmlBytes: 8 * 1024 * 1024,
  totalBytes: 120 * 1024 * 1024,
  timeoutMs: 20_000,
  heapMb: 256,
}

const MB = 1024 * 1024
const NOT_WORD = 'This is not a Word (.docx) file that can be read. Older .doc files need saving as .docx first.'

/** Checks the zip's directory (names and declared sizes) without unpacking anything. */
export function checkDocx(data: Uint8Array): void {
  let entries = 0
  let xml = 0
  let total = 0
  try {
    unzipSync(data, {
      filter: (file) => {
        entries++
        total += file.originalSize
        if (/\.(xml|rels)$/i.test(file.name)) xml += file.originalSize
        return false
      },
    })
  } catch {
    throw new UnreadableSource(NOT_WORD)
  }
  if (!entries) throw new UnreadableSource(NOT_WORD)
  if (entries > DOCX_LIMITS.entries)
    throw new UnreadableSource(`This Word file holds ${entries} parts; a release has far fewer, so it was not read.`)
  if (xml > DOCX_LIMITS.xmlBytes || total > DOCX_LIMITS.totalBytes)
    throw new UnreadableSource(
      `This Word file unpacks to ${Math.round((xml > DOCX_LIMITS.xmlBytes ? xml : total) / MB)} MB of ` +
        `${xml > DOCX_LIMITS.xmlBytes ? 'text and layout' : 'content'}, more than a release needs ` +
        `(at most ${(xml > DOCX_LIMITS.xmlBytes ? DOCX_LIMITS.xmlBytes : DOCX_LIMITS.totalBytes) / MB} MB), ` +
        'so it was not read. Save it again from Word, or import it as text.',
    )
}

// One conversion at a time per server: imports are rare, and two cores are better spent on readers.
let queue: Promise<unknown> = Promise.resolve()

function convert(data: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./docx-worker.mjs', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: DOCX_LIMITS.heapMb },
    })
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      fn()
    }
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new UnreadableSource(
              `This Word file took longer than ${DOCX_LIMITS.timeoutMs / 1000} seconds to read, so it was stopped.`,
            ),
          ),
        ),
      DOCX_LIMITS.timeoutMs,
    )
    worker.once('message', (html: string) => settle(() => resolve(html)))
    worker.once('error', () => settle(() => reject(new UnreadableSource(NOT_WORD))))
    worker.once('exit', () => settle(() => reject(new UnreadableSource(NOT_WORD))))
  })
}

/**
 * A Word file as HTML: its zip directory checked against the limits above first, then converted by mammoth in a
 * worker thread with a memory cap and a time limit. Every refusal is an UnreadableSource with a message for the
 * person importing.
 */
export async function docxToHtml(data: Uint8Array): Promise<string> {
  checkDocx(data)
  const turn = queue.then(() => convert(data))
  queue = turn.catch(() => undefined)
  return turn
}
