import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Media, Release, User } from '../../payload-types'
import { paragraphs } from '../../seed/lexical'
import { makeRelease, unique } from '../support/factories'
import { withStaff } from '../support/staff'
import { as, liveReleaseOf } from './support'

let payload: Payload
let contributor: User
let other: User
let editor: User
beforeAll(async () => {
  ;({ payload, contributor, editor, otherContributor: other } = await withStaff())
})

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#663399' } })
    .png()
    .toBuffer()

async function upload(user: User | null, alt = 'A picture') {
  const data = await png()
  return payload.create({
    collection: 'media',
    ...(user ? as(user) : { overrideAccess: true, context: { disableRevalidate: true } }),
    data: { alt },
    file: { data, mimetype: 'image/png', name: `${unique('pic')}.png`, size: data.length },
  })
}

const publicCanSee = async (id: number) =>
  (await payload.find({ collection: 'media', overrideAccess: false, where: { id: { equals: id } } })).totalDocs === 1

describe('who may change a file', () => {
  it("lets a contributor change only their own uploads, never an editor's picture on a live release", async () => {
    const hero = await upload(null, 'The featured hero')
    await makeRelease(payload, { heroImage: hero.id, featured: true })
    await expect(
      payload.update({ collection: 'media', id: hero.id, ...as(contributor), data: { alt: 'Defaced' } }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'media', id: hero.id, ...as(contributor) })).rejects.toThrow(
      /not allowed/i,
    )
    const replacement = await png()
    await expect(
      payload.update({
        collection: 'media',
        id: hero.id,
        ...as(contributor),
        data: {},
        file: { data: replacement, mimetype: 'image/png', name: 'x.png', size: replacement.length },
      }),
    ).rejects.toThrow(/not allowed/i)
    expect((await payload.findByID({ collection: 'media', id: hero.id, overrideAccess: true })).alt).toBe(
      'The featured hero',
    )

    const mine = await upload(contributor)
    expect(typeof mine.uploadedBy === 'object' ? mine.uploadedBy?.id : mine.uploadedBy).toBe(contributor.id)
    expect(
      (await payload.update({ collection: 'media', id: mine.id, ...as(contributor), data: { alt: 'Better words' } }))
        .alt,
    ).toBe('Better words')
    await expect(
      payload.update({ collection: 'media', id: mine.id, ...as(other), data: { alt: 'Not theirs' } }),
    ).rejects.toThrow(/not allowed/i)
    // Nobody can say someone else uploaded a file.
    const claimed = await payload.update({
      collection: 'media',
      id: mine.id,
      ...as(editor),
      data: { uploadedBy: editor.id } as Partial<Media>,
    })
    expect(typeof claimed.uploadedBy === 'object' ? claimed.uploadedBy?.id : claimed.uploadedBy).toBe(contributor.id)
  })

  it("locks a contributor's upload once an editor publishes it, embargoed or not", async () => {
    const mine = await upload(contributor)
    await makeRelease(payload, { downloads: [mine.id], embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })
    await expect(
      payload.update({ collection: 'media', id: mine.id, ...as(contributor), data: { alt: 'Swapped' } }),
    ).rejects.toThrow(/not allowed/i)
    expect(
      (await payload.update({ collection: 'media', id: mine.id, ...as(editor), data: { alt: 'Editor fixed it' } })).alt,
    ).toBe('Editor fixed it')
  })

  it("locks a contributor's picture once its release is in review or approved, through later drafts too", async () => {
    const mine = await upload(contributor, 'Approved picture')
    const draft = await payload.create({
      collection: 'releases',
      draft: true,
      ...as(contributor),
      data: {
        title: unique('With my picture'),
        summary: 'For review.',
        body: paragraphs(['Words an editor can read.']) as Release['body'],
        _status: 'draft',
        heroImage: mine.id,
      },
    })
    // Still a private draft: the picture is the contributor's to change.
    expect(
      (await payload.update({ collection: 'media', id: mine.id, ...as(contributor), data: { alt: 'Better' } })).alt,
    ).toBe('Better')
    await payload.update({
      collection: 'releases',
      id: draft.id,
      ...as(contributor),
      data: { reviewStatus: 'in_review' },
    })
    await expect(
      payload.update({ collection: 'media', id: mine.id, ...as(contributor), data: { alt: 'Swapped in review' } }),
    ).rejects.toThrow(/not allowed/i)
    await payload.update({
      collection: 'releases',
      id: draft.id,
      draft: true,
      ...as(editor),
      data: { reviewStatus: 'approved' },
    })
    // A later draft without the picture drops the approval, but the approved version (what a preview link shows and
    // what the editor approved) still uses it: the file, alt text and credit stay as approved.
    await payload.update({ collection: 'releases', id: draft.id, ...as(contributor), data: { heroImage: null } })
    const file = await png()
    await expect(
      payload.update({
        collection: 'media',
        id: mine.id,
        ...as(contributor),
        data: { alt: 'Swapped after approval' },
        file: { data: file, mimetype: 'image/png', name: 'swap.png', size: file.length },
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'media', id: mine.id, ...as(contributor) })).rejects.toThrow(
      /not allowed/i,
    )
    expect((await payload.findByID({ collection: 'media', id: mine.id, overrideAccess: true })).alt).toBe('Better')
  })

  it('never makes a file public because a contributor attached it to their live release', async () => {
    const live = await liveReleaseOf(payload, contributor, editor)
    const secretPicture = await upload(null, 'Not for the public yet')
    for (const data of [{ downloads: [secretPicture.id] }, { heroImage: secretPicture.id }]) {
      await payload.update({ collection: 'releases', id: live.id, ...as(contributor), data }).catch(() => undefined)
      await payload
        .update({ collection: 'releases', id: live.id, draft: true, ...as(contributor), data })
        .catch(() => undefined)
    }
    expect(await publicCanSee(secretPicture.id)).toBe(false)
  })
})
