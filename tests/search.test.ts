import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { matchExperts } from '../lib/experts/search-experts'
import { MARK_END, MARK_START } from '../lib/search/lexical-text'
import { snippetParts } from '../lib/search/query'
import { TOPIC_REINDEX_BATCH } from '../lib/search/reindex-topic'
import { searchReleases } from '../lib/search/search-releases'
import type { Release } from '../payload-types'
import { body, rareWord } from './support/discovery'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const find = async (where: Where) =>
  (await payload.find({ collection: 'releases', overrideAccess: false, where, pagination: false, depth: 0 })).docs
const run = (q: string, extra: { topicId?: number; year?: number; page?: number } = {}) =>
  searchReleases(payload, { q, page: 1, ...extra }, find)
const ids = async (q: string) => {
  const outcome = await run(q)
  return outcome.kind === 'results' ? outcome.hits.map((h) => h.release.id) : []
}
const expertIds = async (q: string) => {
  const outcome = await matchExperts(payload, q)
  return outcome.kind === 'results' ? outcome.ids : []
}
const ctx = { overrideAccess: true, context: { disableRevalidate: true } }
const waitingReindexJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { taskSlug: { equals: 'reindexTopic' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      pagination: false,
      depth: 0,
    })
  ).docs
/** Runs the topic reindexing jobs, including the batches they queue, as the job runner would; says how many. */
async function runReindexJobs() {
  let ran = 0
  for (let jobs = await waitingReindexJobs(); jobs.length; jobs = await waitingReindexJobs()) {
    for (const job of jobs) await payload.jobs.runByID({ id: job.id, silent: true })
    ran += jobs.length
  }
  return ran
}

describe('release search', () => {
  it('finds a release by its body text, ranks a title match first, and highlights the match', async () => {
    const word = rareWord()
    const inBody = await makeRelease(payload, {
      body: body('Nothing here yet.', `The new ${word} laboratory opens on Monday.`),
    } as never)
    const inTitle = await makeRelease(payload, { title: `The ${word} project` })
    const outcome = await run(word)
    expect(outcome.kind).toBe('results')
    if (outcome.kind !== 'results') return
    expect(outcome.hits.map((h) => h.release.id)).toEqual([inTitle.id, inBody.id])
    const snippet = outcome.hits[1].snippet
    expect(snippet).toContain(`${MARK_START}${word}${MARK_END}`)
    expect(
      snippetParts(snippet)
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual([word])
  })

  it('understands quoted phrases and excluded words', async () => {
    const word = rareWord()
    const both = await makeRelease(payload, { summary: `Kelp ${word} battery research.` })
    const only = await makeRelease(payload, { summary: `A ${word} of a different kind.` })
    expect(await ids(`${word} -battery`)).toEqual([only.id])
    expect(await ids(`"${word} battery"`)).toEqual([both.id])
  })

  it('never finds a draft, and forgets a release when it is unpublished', async () => {
    const word = rareWord()
    await makeRelease(payload, { summary: `Draft about ${word}.` }, true)
    expect(await ids(word)).toEqual([])
    const release = await makeRelease(payload, { summary: `Published about ${word}.` })
    expect(await ids(word)).toEqual([release.id])
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'draft' },
    })
    expect(await ids(word)).toEqual([])
  })

  it('hides an embargoed release until its embargo passes, with no reindexing', async () => {
    const word = rareWord()
    const embargoUntil = new Date(Date.now() + 2500).toISOString()
    const release = await makeRelease(payload, { summary: `Embargoed news about ${word}.`, embargoUntil })
    expect(await ids(word)).toEqual([])
    await expect.poll(() => ids(word), { timeout: 15_000, interval: 500 }).toEqual([release.id])
  })

  it('filters by topic and year and pages through results', async () => {
    const word = rareWord()
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: `Topic ${word}` },
    })
    const onTopic = await makeRelease(payload, {
      summary: `On topic ${word}.`,
      topics: [topic.id],
      releaseDate: '2024-05-01T09:00:00.000Z',
    })
    await makeRelease(payload, { summary: `Off topic ${word}.`, releaseDate: '2023-05-01T09:00:00.000Z' })
    const byTopic = await run(word, { topicId: topic.id })
    expect(byTopic.kind === 'results' && byTopic.hits.map((h) => h.release.id)).toEqual([onTopic.id])
    const byYear = await run(word, { year: 2024 })
    expect(byYear.kind === 'results' && byYear.hits.map((h) => h.release.id)).toEqual([onTopic.id])
    for (let i = 0; i < 11; i++) await makeRelease(payload, { summary: `More ${word} ${i}.` })
    const second = await run(word, { page: 2 })
    expect(second.kind === 'results' && [second.total, second.totalPages, second.hits.length]).toEqual([13, 2, 3])
  })

  it('finds releases and experts by their topic’s new name once it is renamed, and no longer by the old', async () => {
    const [before, after] = [rareWord(), rareWord()]
    const topic = await payload.create({ collection: 'topics', ...ctx, data: { name: `Topic ${before}` } })
    const release = await makeRelease(payload, { topics: [topic.id] })
    const expert = await payload.create({
      collection: 'experts',
      ...ctx,
      data: { name: unique('Dr Renamed'), listed: true, topics: [topic.id] },
    })
    expect(await ids(before)).toEqual([release.id])
    expect(await expertIds(before)).toEqual([expert.id])

    // Saved without a new name: nothing to redo.
    await payload.update({ collection: 'topics', id: topic.id, ...ctx, data: { description: 'Now described.' } })
    expect(await waitingReindexJobs()).toEqual([])

    await payload.update({ collection: 'topics', id: topic.id, ...ctx, data: { name: `Topic ${after}` } })
    await runReindexJobs()
    expect(await ids(after)).toEqual([release.id])
    expect(await ids(before)).toEqual([])
    expect(await expertIds(after)).toEqual([expert.id])
    expect(await expertIds(before)).toEqual([])
  })

  it('reindexes a large topic in batches', async () => {
    const [before, after] = [rareWord(), rareWord()]
    const topic = await payload.create({ collection: 'topics', ...ctx, data: { name: `Topic ${before}` } })
    const releases = []
    // Quietly: a hundred releases going public would otherwise leave a hundred alerts queued for later files.
    const quiet = { disableRevalidate: true, skipNotifications: true }
    for (let i = 0; i <= TOPIC_REINDEX_BATCH; i++) {
      const data = { title: unique('Release'), summary: 'In a large topic.', topics: [topic.id], _status: 'published' }
      releases.push(
        await payload.create({ collection: 'releases', overrideAccess: true, context: quiet, data: data as Release }),
      )
    }
    await payload.update({ collection: 'topics', id: topic.id, ...ctx, data: { name: `Topic ${after}` } })
    // One job per batch: the first queues the second when its batch is full.
    expect(await runReindexJobs()).toBe(2)
    const outcome = await run(after)
    expect(outcome.kind === 'results' && outcome.total).toBe(releases.length)
    expect(await ids(before)).toEqual([])
  })

  it('answers absurd queries calmly instead of failing', async () => {
    expect((await run('')).kind).toBe('empty')
    expect((await run('   \n\t ')).kind).toBe('empty')
    expect((await run('x'.repeat(10_240))).kind).toBe('too-long')
    expect((await run('the and of')).kind).toBe('no-words')
    for (const q of [
      "'; DROP TABLE releases; --",
      '<script>alert(1)</script>',
      '"unclosed quote',
      '!!! && || :* <-> ()',
      'kelp\u0000battery',
      `${MARK_START}injected${MARK_END}`,
      '-',
      'OR OR OR',
    ]) {
      const outcome = await run(q)
      expect(['results', 'no-words', 'empty'], q).toContain(outcome.kind)
    }
    expect((await payload.count({ collection: 'releases', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })
})
