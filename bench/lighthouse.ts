// Lighthouse (mobile, simulated throttling) on each public page type, every category's score beside its target.
// Against `npm run build && npm start` with demo content. Lighthouse 12 runs through npx (13 needs Node 22), with
// the Chromium at CHROMIUM_PATH or /usr/bin/chromium. Asserts nothing.
//   BENCH_URL (http://localhost:3000), BENCH_RUNS (3: the median run per page is printed)
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

const base = (process.env.BENCH_URL || 'http://localhost:3000').replace(/\/$/, '')
const runs = Number(process.env.BENCH_RUNS || 3)
const chrome = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const exec = promisify(execFile)

const slug = (await (await fetch(`${base}/api/releases?limit=1&depth=0`)).json()).docs[0]?.slug
if (!slug) throw new Error(`No public release at ${base}: is the server running with demo content?`)
const topic = (await (await fetch(`${base}/api/topics?limit=1&depth=0`)).json()).docs[0]?.slug
const expert = /href="(\/experts\/[^"?#]+)"/.exec(await (await fetch(`${base}/experts`)).text())?.[1]
const pages: [string, string][] = [
  ['release page', `/news/${slug}`],
  ['home', '/'],
  ['news list', '/news'],
  ['search', '/search?q=research'],
  ...(topic ? [['topic', `/topics/${topic}`] as [string, string]] : []),
  ['press contacts', '/contacts'],
  ['experts', '/experts'],
  ...(expert ? [['an expert', expert] as [string, string]] : []),
  ['corrections', '/corrections'],
  ['enquiry form', '/media-enquiries'],
  ['subscribe form', '/subscribe'],
]

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>
async function lighthouse(url: string): Promise<Scores> {
  await fetch(url) // rendered and cached before it is measured, as readers get it
  const args = ['-y', 'lighthouse@12', url, '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox']
  if (chrome) args.push(`--chrome-path=${chrome}`)
  const { stdout } = await exec('npx', args, { maxBuffer: 64 * 1024 * 1024 })
  const categories = JSON.parse(stdout).categories as Record<keyof Scores, { score: number }>
  return Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])) as Scores
}

console.log(`Lighthouse 12 (mobile) against ${base}, median of ${runs} runs per page\n`)
console.log('page             performance  accessibility  best practices  SEO     target: 95 / 100 / 100 / 100')
for (const [name, path] of pages) {
  const results: Scores[] = []
  for (let i = 0; i < runs; i++) results.push(await lighthouse(base + path))
  const median = results.sort((a, b) => a.performance - b.performance)[Math.floor(runs / 2)]
  const all = results.map((r) => r.performance).join(', ')
  const scores = [
    String(median.performance).padStart(11),
    String(median.accessibility).padStart(13),
    String(median['best-practices']).padStart(14),
    String(median.seo).padStart(3),
  ]
  console.log(`${name.padEnd(16)} ${scores.join('  ')}     (performance runs: ${all})`)
}
