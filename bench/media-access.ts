// What deciding "may the public see this file?" costs as the archive grows: `npm run bench:media`.
// Builds a throwaway database with BENCH_RELEASES public releases (each with a hero, two downloads and a picture in
// its body), then times the lookup of publicly used media that access/public-media.ts refreshes at most once a
// second per server. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'
import { shutDown } from '../scripts/lib/environment'
import { blocksToNodes, richText, uploadNode } from '../seed/lexical'
import { createTestDatabase } from '../tests/support/test-database'

const releases = Number(process.env.BENCH_RELEASES || 2000)
const rounds = Number(process.env.BENCH_ROUNDS || 30)

const db = await createTestDatabase('bench')
Object.assign(process.env, {
  DATABASE_URL: db.url,
  DATA_DIR: db.dataDir,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  JOBS_AUTORUN: 'false',
  PRESS_OFFICE_SKIP_BOOT_TASKS: 'true',
})
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { loadPublicMediaIds } = await import('../access/public-media')
const payload = await getPayload({ config })
const quiet = { disableRevalidate: true, skipNotifications: true }

try {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#225588' } })
    .png()
    .toBuffer()
  const media: number[] = []
  for (let i = 0; i < 40; i++) {
    const doc = await payload.create({
      collection: 'media',
      overrideAccess: true,
      context: quiet,
      data: { alt: `Picture ${i}` },
      file: { data: png, mimetype: 'image/png', name: `bench-${i}.png`, size: png.length },
    })
    media.push(doc.id)
  }
  const paragraph =
    'The university today announced a programme of work that will run for three years across its campuses. '.repeat(4)
  const started = performance.now()
  for (let i = 0; i < releases; i++) {
    const pick = (k: number) => media[(i * 7 + k) % media.length]
    await payload.create({
      collection: 'releases',
      overrideAccess: true,
      context: quiet,
      data: {
        title: `Bench release ${i}`,
        summary: 'A release made for the media access benchmark.',
        _status: 'published',
        heroImage: pick(0),
        downloads: [pick(1), pick(2)],
        body: richText([
          ...blocksToNodes(Array.from({ length: 8 }, () => ({ type: 'p' as const, text: paragraph }))),
          uploadNode(pick(3)),
        ]),
      } as never,
    })
  }
  console.log(`Made ${releases} public releases in ${((performance.now() - started) / 1000).toFixed(0)} s`)

  const times: number[] = []
  let found = 0
  for (let i = 0; i < rounds; i++) {
    const t = performance.now()
    found = (await loadPublicMediaIds(payload)).length
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1)
  console.log(
    `Public media lookup over ${releases} releases (${found} files in use), ${rounds} rounds: ` +
      `p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`,
  )
} finally {
  await shutDown(payload, { url: db.url, stop: db.dispose })
  process.exit(0)
}
