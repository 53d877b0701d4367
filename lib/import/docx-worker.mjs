// Converts one Word file to HTML in a worker thread (lib/import/docx-html.ts), so a hostile or huge file costs that
// thread, within its memory and time limits, and never the server's event loop.
import { parentPort, workerData } from 'node:worker_threads'
import mammoth from 'mammoth'

// Word's Title style is the headline as surely as Heading 1 is; mammoth leaves it a paragraph unless told.
const styleMap = ["p[style-name='Title'] => h1:fresh"]
const result = await mammoth.convertToHtml({ buffer: Buffer.from(workerData) }, { styleMap })
parentPort.postMessage(result.value)
