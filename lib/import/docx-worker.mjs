// Converts one Word file to HTML in a worker thread (lib/import/docx-html.ts), so a hostile or huge file costs that
// thread, within its memory and time limits, and never the server's event loop.
import { parentPort, workerData } from 'node:worker_threads'
import mammoth from 'mammoth'

const result = await mammoth.convertToHtml({ buffer: Buffer.from(workerData) })
parentPort.postMessage(result.value)
