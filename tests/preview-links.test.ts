import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { pool } from '../lib/db/pool'
import { resolvePreview } from '../lib/preview/resolve'
import type { PreviewLink, Release, User } from '../payload-types'
import { HOUR, MINUTE, testClock } from './support/clock'
import { makeRelease, makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let editor: User
let contributor: User
beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})

const clock = testClock()
const inADay = () => new Date(Date.now() + 86_400_000).toISOString()
const linkFor = (release: Release, data: Partial<PreviewLink> = {}) =>
  payload.create({
    collection: 'preview-links',
    overrideAccess: false,
    user: editor,
    data: { release: release.id, recipient: 'Jo Bloggs, The Post', ...data } as PreviewLink,
  })
const tokenOf = (link: PreviewLink) => link.path!.replace('/preview/', '')

describe('an embargoed preview link', () => {
  it('shows the release before its embargo', async () => {
    const release = await makeRelease(payload, { title: unique('Embargoed'), embargoUntil: inADay() })
    const result = await resolvePreview(tokenOf(await linkFor(release)))
    expect(result.kind === 'preview' && result.release.title).toBe(release.title)
  })

  it('shows a scheduled draft as the version an editor approved, never a later draft', async () => {
    const asUser = (user: User) => ({ overrideAccess: false as const, user, context: { disableRevalidate: true } })
    const draft = await payload.create({
      collection: 'releases',
      draft: true,
      ...asUser(contributor),
      data: { title: unique('Scheduled draft'), summary: 'Words to approve.', _status: 'draft' } as Release,
    })
    const token = tokenOf(await linkFor(draft))
    // Nothing approved yet: the journalist is told so, and the admin says the link waits for approval.
    expect((await resolvePreview(token)).kind).toBe('not-approved')
    expect(
      (await payload.find({ collection: 'preview-links', where: { release: { equals: draft.id } } })).docs[0],
    ).toMatchObject({ state: 'Waiting for approval' })
    const approved = unique('Approved words')
    await payload.update({
      collection: 'releases',
      id: draft.id,
      draft: true,
      ...asUser(editor),
      data: { title: approved, reviewStatus: 'approved' },
    })
    // The contributor edits after the approval: a draft, and the approval falls back for that draft.
    await payload.update({
      collection: 'releases',
      id: draft.id,
      ...asUser(contributor),
      data: { title: unique('Unreviewed words') },
    })
    const result = await resolvePreview(token)
    expect(result.kind === 'preview' && result.release.title).toBe(approved)
    expect(result.kind === 'preview' && result.release.id).toBe(draft.id)
  })

  it('shows the published words of an embargoed release after a later draft, and stops when it is withdrawn', async () => {
    const release = await makeRelease(payload, { title: unique('Published words'), embargoUntil: inADay() })
    const token = tokenOf(await linkFor(release))
    await payload.update({
      collection: 'releases',
      id: release.id,
      draft: true,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { title: unique('A later draft') },
    })
    const result = await resolvePreview(token)
    expect(result.kind === 'preview' && result.release.title).toBe(release.title)
    // Unpublished by an editor: withdrawn, and a clear answer rather than the draft.
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'draft' },
    })
    expect((await resolvePreview(token)).kind).toBe('withdrawn')
    // Deleted: gone.
    await payload.delete({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect((await resolvePreview(token)).kind).toBe('gone')
  })

  it('sends the reader to the public page once the release is public', async () => {
    clock.rewind(HOUR)
    const release = await makeRelease(payload, { embargoUntil: new Date(Date.now() + MINUTE).toISOString() })
    const token = tokenOf(await linkFor(release))
    expect((await resolvePreview(token)).kind).toBe('preview')
    clock.catchUp()
    expect(await resolvePreview(token)).toMatchObject({ kind: 'public', slug: release.slug })
  })

  it('is gone when expired, revoked, forged or malformed', async () => {
    const release = await makeRelease(payload, { embargoUntil: inADay() })
    const expired = await linkFor(release, { expiresAt: new Date(Date.now() - 1000).toISOString() })
    expect((await resolvePreview(tokenOf(expired))).kind).toBe('gone')

    const link = await linkFor(release)
    await payload.update({
      collection: 'preview-links',
      id: link.id,
      data: { revoked: true },
      overrideAccess: false,
      user: editor,
    })
    expect((await resolvePreview(tokenOf(link))).kind).toBe('gone')

    const good = tokenOf(await linkFor(release))
    const [key, secret] = good.split('.')
    for (const token of [
      `${key}.${secret.slice(0, -1)}x`,
      `${key}.`,
      key,
      `.${secret}`,
      `${key}.${secret}.extra`,
      'x'.repeat(5000),
      "'; drop table x; --.y",
    ]) {
      expect((await resolvePreview(token)).kind, token.slice(0, 40)).toBe(token === good ? 'preview' : 'gone')
    }
  })

  it("is made and seen by editors only, and its key and secret are the server's alone", async () => {
    const release = await makeRelease(payload, { embargoUntil: inADay() })
    await expect(
      payload.create({
        collection: 'preview-links',
        overrideAccess: false,
        user: contributor,
        data: { release: release.id, recipient: 'X' } as PreviewLink,
      }),
    ).rejects.toThrow(/not allowed/i)
    const link = await linkFor(release)
    await expect(
      payload.find({ collection: 'preview-links', overrideAccess: false, user: contributor }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.find({ collection: 'preview-links', overrideAccess: false })).rejects.toThrow(/not allowed/i)

    expect(tokenOf(link).split('.')[1].length).toBeGreaterThanOrEqual(32)
    expect(link.url).toMatch(new RegExp(`^https?://[^/]+${link.path!.replace(/\./g, '\\.')}$`))
    const changed = await payload.update({
      collection: 'preview-links',
      id: link.id,
      overrideAccess: false,
      user: editor,
      data: { key: 'chosen' } as Partial<PreviewLink>,
    })
    expect(changed.key).toBe(link.key)

    // An editor cannot pick the address either: a key sent on creation is replaced by a random one.
    const chosen = await linkFor(release, { key: 'my-own-key' } as Partial<PreviewLink>)
    expect(chosen.key).not.toBe('my-own-key')
    expect((await resolvePreview(tokenOf(chosen))).kind).toBe('preview')

    // Nothing stored opens a link: the database row holds the key, and the secret is only ever computed.
    const { rows } = await pool(payload).query('SELECT * FROM preview_links WHERE id = $1', [link.id])
    expect(JSON.stringify(rows[0])).not.toContain(tokenOf(link).split('.')[1])
  })
})
