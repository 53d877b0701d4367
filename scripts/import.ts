// `npm run import -- <files or folders> [--map old-urls.csv] [--reports folder]`: makes a draft release from each
// .docx, .html and .txt file (nothing is published), prints what each became, writes each import report as JSON,
// and with --map turns a CSV of "old URL, file" into redirects that answer once the releases are public.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { shutDown, startScript } from './lib/environment'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { map: { type: 'string' }, reports: { type: 'string', default: 'import-reports' } },
})
if (!positionals.length) {
  console.error('Usage: npm run import -- <files or folders> [--map old-urls.csv] [--reports folder]')
  process.exit(2)
}

const { archiveFiles, importFiles, mapOldAddresses } = await import('../lib/import/archive')
const files = await archiveFiles(positionals).catch((error: Error) => {
  console.error(`Cannot read ${error.message.replace(/^.*?'(.*)'.*$/, '$1')}: no such file or folder`)
  process.exit(2)
})
const { payload, db } = await startScript()
let code = 0
try {
  const results = await importFiles(payload, files)
  await mkdir(values.reports!, { recursive: true })
  const rows = [['file', 'result', 'title', 'date', 'repaired', 'left over']]
  for (const [file, result] of results) {
    if (result.status === 'failed') {
      code = 1
      rows.push([file, `failed: ${result.error}`, '', '', '', ''])
      continue
    }
    const { recognised, check, leftOver, repaired } = result.report
    // A date read from a date line is certain; one guessed (say, from the embargo line) is listed to check.
    const date = [...recognised, ...check].find((l) => l.startsWith('Date: '))?.slice(6) ?? '-'
    rows.push([
      file,
      result.status === 'created' ? `draft ${result.id}` : `already draft ${result.id}`,
      result.title.slice(0, 50),
      date,
      String(repaired.length),
      String(leftOver.length + check.length),
    ])
    await writeFile(
      path.join(values.reports!, `${path.basename(file)}.json`),
      `${JSON.stringify({ file, ...result }, null, 2)}\n`,
    )
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
  const counts = [...results.values()].reduce(
    (n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }),
    {} as Record<string, number>,
  )
  console.log(
    `\n${files.length} file(s): ${counts.created ?? 0} new draft(s), ${counts.existing ?? 0} already imported, ` +
      `${counts.failed ?? 0} failed. Reports in ${values.reports}/`,
  )
  if (values.map) {
    const mapped = await mapOldAddresses(payload, await readFile(values.map, 'utf8'), results, path.dirname(values.map))
    for (const m of mapped) console.log(`${m.status.padEnd(8)} ${m.from} → ${m.file}${m.why ? ` (${m.why})` : ''}`)
    const redirected = mapped.filter((m) => m.status !== 'skipped').length
    console.log(`${redirected} old address(es) redirect to their releases once those are public.`)
  }
} catch (error) {
  console.error(error)
  code = 1
} finally {
  await shutDown(payload, db)
}
process.exit(code)
