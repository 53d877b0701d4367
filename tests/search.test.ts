import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { MARK_END, MARK_START } from '../lib/search/lexical-text'
import { snippetParts } from '../lib/search/query'
import { searchReleases } from '../lib/search/search-releases'
import { body, rareWord } from './support/discovery'
import { makeRelease } from './support/factories'
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
