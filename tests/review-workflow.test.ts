import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteUrl } from '../lib/routes/site-url'
import type { Release, User } from '../payload-types'
import { paragraphs } from '../seed/lexical'
import { runAlertJobs } from './support/discovery'
import { makeUser, unique } from './support/factories'
import { header, smtpServer, payloadSendingTo } from './support/smtp'

const smtp = smtpServer()
let payload: Payload
let admin: User
let editor: User
let contributor: User
let other: User

beforeAll(async () => {
  payload = await payloadSendingTo(smtp)
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
  other = await makeUser(payload, 'contributor')
})
afterAll(() => smtp.stop())

const context = { disableRevalidate: true }
const as = (user: User) => ({ overrideAccess: false, user, context, draft: true })
const id = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : value)

const draftBy = (user: User, data: Partial<Release> = {}) =>
  payload.create({
    collection: 'releases',
    ...as(user),
    data: {
      title: unique('Review'),
      summary: 'For review.',
      body: paragraphs(['Words an editor can read.']),
      _status: 'draft',
      ...data,
    } as Release,
  })
const setReview = (user: User, release: Release, data: Partial<Release>) =>
  payload.update({ collection: 'releases', id: release.id, ...as(user), data })

/** The queued review emails about a release, by subject, before they are sent. */
async function queued(subject: string) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    pagination: false,
    where: { and: [{ taskSlug: { equals: 'sendEmail' } }, { 'input.subject': { equals: subject } }] },
  })
  return docs.map((job) => job.input as { to: string; subject: string; text: string })
}
const delivered = async (subject: string) => {
  await runAlertJobs(payload)
  return smtp.received.filter((m) => header(m, 'subject') === subject)
}
const adminLink = async (releaseId: number) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  return `${siteUrl(settings.siteUrl)}/admin/collections/releases/${releaseId}`
}

describe('review emails', () => {
  it('tells every editor and admin, one email each, when a release is submitted for review', async () => {
    const release = await draftBy(contributor)
    await setReview(contributor, release, { reviewStatus: 'in_review', reviewComment: 'Ready when you are.' })
    const subject = `For review: ${release.title}`

    const { docs: staff } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      pagination: false,
      where: { role: { in: ['editor', 'admin'] } },
    })
    const expected = staff.map((u) => u.email).sort()
    expect(expected).toEqual(expect.arrayContaining([admin.email, editor.email]))
    expect((await queued(subject)).map((e) => e.to).sort()).toEqual(expected)

    const messages = await delivered(subject)
    expect(messages.flatMap((m) => m.to).sort()).toEqual(expected)
    const link = await adminLink(release.id)
    for (const message of messages) {
      expect(message.to).toHaveLength(1)
      expect(message.body).toContain(release.title)
      expect(message.body).toContain(`${contributor.name} submitted`)
      expect(message.body).toContain('Ready when you are.')
      expect(message.body).toContain(link)
    }
  })

  it('sends nothing more while it stays in review, and nothing to the editor who submits', async () => {
    const release = await draftBy(editor)
    await setReview(editor, release, { reviewStatus: 'in_review' })
    await setReview(editor, release, { summary: 'Tightened while in review.' })
    const recipients = (await queued(`For review: ${release.title}`)).map((e) => e.to)
    expect(recipients).toContain(admin.email)
    expect(recipients).not.toContain(editor.email)
    expect(new Set(recipients).size).toBe(recipients.length)
  })

  it('emails the author when an editor returns the release with a comment', async () => {
    const release = await draftBy(contributor)
    await setReview(contributor, release, { reviewStatus: 'in_review' })
    await setReview(editor, release, {
      reviewStatus: 'draft',
      reviewComment: 'Please check the quote in paragraph two.',
    })
    const [message, ...more] = await delivered(`Returned with a comment: ${release.title}`)
    expect(more).toHaveLength(0)
    expect(message.to).toEqual([contributor.email])
    expect(message.body).toContain('Please check the quote in paragraph two.')
    expect(message.body).toContain(await adminLink(release.id))
  })

  it('emails the author when an editor approves, and never for a return without a comment', async () => {
    const release = await draftBy(contributor)
    await setReview(contributor, release, { reviewStatus: 'in_review' })
    await setReview(editor, release, { reviewStatus: 'draft' })
    expect(await queued(`Returned with a comment: ${release.title}`)).toHaveLength(0)
    await setReview(contributor, release, { reviewStatus: 'in_review' })
    await setReview(editor, release, { reviewStatus: 'approved' })
    const [message, ...more] = await delivered(`Approved: ${release.title}`)
    expect(more).toHaveLength(0)
    expect(message.to).toEqual([contributor.email])
  })

  it('takes only a release with something to read for review, and an approval clears the old return comment', async () => {
    const empty = await payload.create({
      collection: 'releases',
      ...as(contributor),
      draft: true,
      data: { title: unique('Empty'), summary: '', _status: 'draft' } as Release,
    })
    await expect(setReview(contributor, empty, { reviewStatus: 'in_review' })).rejects.toMatchObject({
      status: 400,
      message: 'Not sent for review yet: first write the standfirst and write the text.',
    })
    const release = await draftBy(contributor)
    await setReview(contributor, release, { reviewStatus: 'in_review' })
    await setReview(editor, release, { reviewStatus: 'draft', reviewComment: 'Add a quote from the lab.' })
    await setReview(contributor, release, { reviewStatus: 'in_review' })
    const approved = await setReview(editor, release, { reviewStatus: 'approved' })
    expect(approved.reviewComment ?? null).toBeNull()
  })

  it('sends nothing when the caller asks for no notifications, as the seed does', async () => {
    const release = await payload.create({
      collection: 'releases',
      ...as(contributor),
      context: { ...context, skipNotifications: true },
      data: {
        title: unique('Quiet'),
        summary: 'Seeded.',
        body: paragraphs(['Seeded words.']),
        _status: 'draft',
        reviewStatus: 'in_review',
      } as Release,
    })
    expect(await queued(`For review: ${release.title}`)).toHaveLength(0)
  })
})

describe('who wrote and who saved', () => {
  it('records the author and each saver from the signed-in user, whatever the request claims', async () => {
    const release = await draftBy(contributor, { author: other.id, lastEditedBy: other.id })
    expect(id(release.author)).toBe(contributor.id)
    expect(id(release.lastEditedBy)).toBe(contributor.id)

    const edited = await setReview(editor, release, {
      summary: 'Edited by an editor.',
      author: other.id,
      lastEditedBy: other.id,
    })
    expect(id(edited.author)).toBe(contributor.id)
    expect(id(edited.lastEditedBy)).toBe(editor.id)
  })

  it('names the saver in every version, for the history', async () => {
    const release = await draftBy(contributor)
    await setReview(editor, release, { summary: 'Second version.' })
    const { docs } = await payload.findVersions({
      collection: 'releases',
      overrideAccess: true,
      depth: 0,
      sort: 'createdAt',
      where: { parent: { equals: release.id } },
    })
    expect(docs.map((v) => id(v.version.lastEditedBy))).toEqual([contributor.id, editor.id])
  })
})
