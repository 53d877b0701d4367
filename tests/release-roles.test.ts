import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Release, User } from '../payload-types'
import { paragraphs } from '../seed/lexical'
import { makeRelease, makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let contributor: User
let otherContributor: User
let editor: User
beforeAll(async () => {
  payload = await testPayload()
  // The very first account is always an admin, so make one before the roles under test.
  await makeUser(payload, 'admin')
  contributor = await makeUser(payload, 'contributor')
  otherContributor = await makeUser(payload, 'contributor')
  editor = await makeUser(payload, 'editor')
})

const draftBy = (user: User, data: Partial<Release> = {}) =>
  payload.create({
    collection: 'releases',
    overrideAccess: false,
    user,
    draft: true,
    context: { disableRevalidate: true, skipNotifications: true },
    data: {
      title: unique('Draft'),
      summary: 'A contributor draft.',
      body: paragraphs(['Words for an editor to read.']),
      _status: 'draft',
      ...data,
    } as Release,
  })

const as = (user: User) => ({
  overrideAccess: false,
  user,
  context: { disableRevalidate: true, skipNotifications: true },
})

describe('who may do what with a release', () => {
  it('lets a contributor write and edit their own draft', async () => {
    const draft = await draftBy(contributor)
    const edited = await payload.update({
      collection: 'releases',
      id: draft.id,
      draft: true,
      data: { summary: 'Edited.' },
      ...as(contributor),
    })
    expect(edited.summary).toBe('Edited.')
  })

  it('never lets a contributor publish, on create or on update', async () => {
    await expect(
      payload.create({
        collection: 'releases',
        data: { title: unique('Sneaky'), summary: 'x', _status: 'published' } as Release,
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed/i)
    const draft = await draftBy(contributor)
    await expect(
      payload.update({ collection: 'releases', id: draft.id, data: { _status: 'published' }, ...as(contributor) }),
    ).rejects.toThrow(/not allowed/i)
    const publicView = await payload.find({
      collection: 'releases',
      overrideAccess: false,
      where: { id: { equals: draft.id } },
    })
    expect(publicView.totalDocs).toBe(0)
  })

  it("does not let a contributor edit someone else's release", async () => {
    const theirs = await draftBy(otherContributor)
    await expect(
      payload.update({
        collection: 'releases',
        id: theirs.id,
        draft: true,
        data: { summary: 'Mine now.' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed|not found/i)
    const published = await makeRelease(payload)
    await expect(
      payload.update({
        collection: 'releases',
        id: published.id,
        draft: true,
        data: { summary: 'Changed.' },
        ...as(contributor),
      }),
    ).rejects.toThrow(/not allowed|not found/i)
  })

  it('ignores an embargo, a feature flag or an approval set by a contributor', async () => {
    const draft = await draftBy(contributor, {
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
      featured: true,
    })
    expect(draft.embargoUntil).toBeFalsy()
    expect(draft.featured).toBeFalsy()
    const approved = await payload.update({
      collection: 'releases',
      id: draft.id,
      draft: true,
      data: { reviewStatus: 'approved' },
      ...as(contributor),
    })
    expect(approved.reviewStatus).toBe('draft')
    const submitted = await payload.update({
      collection: 'releases',
      id: draft.id,
      draft: true,
      data: { reviewStatus: 'in_review' },
      ...as(contributor),
    })
    expect(submitted.reviewStatus).toBe('in_review')
  })

  it('lets an editor approve, embargo and publish a contributor draft, and only editors delete', async () => {
    const draft = await draftBy(contributor)
    const embargo = new Date(Date.now() + 86_400_000).toISOString()
    const published = await payload.update({
      collection: 'releases',
      id: draft.id,
      data: { reviewStatus: 'approved', embargoUntil: embargo, _status: 'published' },
      ...as(editor),
    })
    expect(published).toMatchObject({ _status: 'published', reviewStatus: 'approved', embargoUntil: embargo })
    await expect(payload.delete({ collection: 'releases', id: draft.id, ...as(contributor) })).rejects.toThrow(
      /not allowed/i,
    )
    await payload.delete({ collection: 'releases', id: draft.id, ...as(editor) })
  })
})
