import { getPayload } from 'payload'
process.env.PRESS_OFFICE_SKIP_BOOT_TASKS = 'true'
const { default: config } = await import('./payload.config')
const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'releases', limit: 20, page: 2000, depth: 0, select: { slug: true }, sort: 'id' })
const t = async (name: string, fn: () => Promise<unknown>) => {
  const times: number[] = []
  for (let i = 0; i < 5; i++) { const s = performance.now(); await fn(); times.push(performance.now() - s) }
  console.log(name.padEnd(30), times.map((x) => x.toFixed(0)).join(' '))
}
const slug = docs[3].slug!
let release: any
await t('find by slug depth2', async () => {
  release = (await payload.find({ collection: 'releases', overrideAccess: false, where: { slug: { equals: slug } }, limit: 1, depth: 2, joins: false })).docs[0]
})
await t('find by slug depth0', () => payload.find({ collection: 'releases', overrideAccess: false, where: { slug: { equals: slug } }, limit: 1, depth: 0, joins: false }))
const topicIds = (release.topics ?? []).map((x: any) => (typeof x === 'object' ? x.id : x))
await t('related', () => payload.find({ collection: 'releases', overrideAccess: false, where: { and: [{ topics: { in: topicIds } }, { id: { not_in: [release.id] } }] }, sort: '-releaseDate', limit: 3, depth: 1 }))
await t('related no count', () => payload.find({ collection: 'releases', overrideAccess: false, pagination: false, where: { and: [{ topics: { in: topicIds } }, { id: { not_in: [release.id] } }] }, sort: '-releaseDate', limit: 3, depth: 1 }))
process.exit(0)
