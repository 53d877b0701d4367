import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildRss } from '../lib/feeds/rss'
import { newsArticleJsonLd } from '../lib/release/meta'
import { releaseText } from '../lib/release/text'
import type { Release, SiteSetting, User } from '../payload-types'
import { makeRelease, makeUser } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let editor: User
let contributor: User
beforeAll(async () => {
  payload = await testPayload()
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})

const settings = { organisationName: 'Harrowmere University', siteUrl: 'https://news.example.org' } as SiteSetting
const as = (user: User) => ({ overrideAccess: false as const, user, context: { disableRevalidate: true } })
const note = (kind: 'correction' | 'update', date: string, text: string) => ({ kind, date, note: text })

describe('corrections and updates', () => {
  it('are added by editors only, and keep their earlier wording when changed', async () => {
    const release = await makeRelease(payload, { author: contributor.id } as Partial<Release>)
    const byContributor = await payload
      .update({
        collection: 'releases',
        id: release.id,
        ...as(contributor),
        data: { corrections: [note('correction', '2025-01-02T10:00:00.000Z', 'Sneaky note')] },
      })
      .catch(() => null)
    expect(byContributor?.corrections ?? []).toEqual([])

    const first = await payload.update({
      collection: 'releases',
      id: release.id,
      ...as(editor),
      data: { corrections: [note('correction', '2025-01-02T10:00:00.000Z', 'The cost was £4m, not £40m.')] },
    })
    const saved = first.corrections![0]
    expect(saved).toMatchObject({ kind: 'correction', note: 'The cost was £4m, not £40m.', amendments: null })

    // Reworded: the earlier wording is kept, with when and who; a history sent by the request is ignored.
    const reworded = await payload.update({
      collection: 'releases',
      id: release.id,
      ...as(editor),
      data: {
        corrections: [
          { ...saved, note: 'The cost was £4.2m, not £40m.', amendments: [{ at: 'x', by: 'nobody', note: 'made up' }] },
        ],
      },
    })
    const amendments = reworded.corrections![0].amendments as Array<{ note: string; by: string }>
    expect(amendments).toHaveLength(1)
    expect(amendments[0]).toMatchObject({ note: 'The cost was £4m, not £40m.', by: editor.name })

    // Removed: refused, with the reason.
    const refused = await payload
      .update({ collection: 'releases', id: release.id, ...as(editor), data: { corrections: [] } })
      .catch((error) => error)
    expect(refused.data.errors[0]).toMatchObject({
      path: 'corrections',
      message: expect.stringMatching(/stays on the record/),
    })
    const after = await payload.findByID({ collection: 'releases', id: release.id, overrideAccess: true })
    expect(after.corrections).toHaveLength(1)
  })

  it('date the release as updated in its JSON-LD, plain text and feed items', async () => {
    const release = (await makeRelease(payload, {
      releaseDate: '2025-01-01T09:00:00.000Z',
      corrections: [
        note('update', '2025-03-05T12:00:00.000Z', 'Added the opening date.'),
        note('correction', '2025-02-01T12:00:00.000Z', 'Corrected the architect’s name.'),
      ],
    })) as Release
    expect(JSON.parse(newsArticleJsonLd(release, settings)).dateModified).toBe('2025-03-05T12:00:00.000Z')
    const text = releaseText(release, settings, 'https://news.example.org/news/x')
    expect(text).toContain('Updated 05/03/2025')
    expect(text.indexOf('Correction, 01/02/2025: Corrected the architect’s name.')).toBeLessThan(
      text.indexOf('Update, 05/03/2025: Added the opening date.'),
    )
    const rss = buildRss(
      {
        title: 'News',
        description: 'd',
        base: 'https://news.example.org',
        path: '/news',
        feedPath: '/news/feed.xml',
        copyright: 'c',
      },
      [release],
    )
    expect(rss).toContain('<category>Updated</category>')
    expect(rss).toContain('Update 05/03/2025: Added the opening date.')
    // Uncorrected releases say nothing of the kind.
    const plain = (await makeRelease(payload)) as Release
    expect(JSON.parse(newsArticleJsonLd(plain, settings)).dateModified).toBe(plain.updatedAt)
    expect(releaseText(plain, settings, 'u')).not.toContain('Updated')
  })
})
