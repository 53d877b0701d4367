import type { Run } from './types'

// Web addresses written out in text: any scheme (so "htp://" and "http://https://" are caught to be repaired) or a
// bare "www.", up to the first space, without the punctuation that ends the sentence around it.
const BARE_URL = /\b(?:[a-z]{2,8}:\/\/+)+[^\s<>"]+|\bwww\.[a-z0-9-]+\.[^\s<>"]+/gi
const TRAILING = /[.,;:!?)\]'’”"]+$/

/** Splits a run's text so every address written out in it becomes a link of its own. */
export function linkBareUrls(run: Run): Run[] {
  if (run.href) return [run]
  const runs: Run[] = []
  let last = 0
  for (const match of run.text.matchAll(BARE_URL)) {
    const url = match[0].replace(TRAILING, '')
    if (match.index > last) runs.push({ ...run, text: run.text.slice(last, match.index) })
    runs.push({ ...run, text: url, href: url })
    last = match.index + url.length
  }
  if (last < run.text.length) runs.push({ ...run, text: run.text.slice(last) })
  return runs
}

/** Joins neighbouring runs that look alike and tidies the spaces a layout left between words. */
export function tidyRuns(runs: Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs.flatMap(linkBareUrls)) {
    const text = run.text.replace(/[\s\u00a0]+/g, ' ')
    if (!text) continue
    const prev = out[out.length - 1]
    if (prev && prev.href === run.href && prev.bold === run.bold && prev.italic === run.italic)
      prev.text = (prev.text + text).replace(/ {2,}/g, ' ')
    else if (prev && prev.text.endsWith(' ') && text.startsWith(' ')) out.push({ ...run, text: text.slice(1) })
    else out.push({ ...run, text })
  }
  if (out.length) {
    out[0].text = out[0].text.replace(/^ +/, '')
    out[out.length - 1].text = out[out.length - 1].text.replace(/ +$/, '')
  }
  const kept = out.filter((r) => r.text)
  return kept.some((r) => r.text.trim()) ? kept : []
}
