import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { subscribe } from '../lib/alerts/subscribe'
import { submitEnquiry } from '../lib/enquiries/submit'
import type { User } from '../payload-types'
import { enquiryForm, submitOptions } from './support/enquiry-form'
import { makeRelease, makeUser, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let admin: User
let editor: User
beforeAll(async () => {
  payload = await testPayload()
  admin = await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
})

const as = (user: User) => ({
  overrideAccess: false as const,
  user,
  context: { disableRevalidate: true, skipNotifications: true },
})
const picture = async () => {
  const data = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#444' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { alt: 'A picture' },
    file: { data, name: `${unique('del')}.png`, mimetype: 'image/png', size: data.length },
  })
}
const exists = async (collection: 'releases' | 'preview-links' | 'redirects' | 'media' | 'enquiries', id: number) =>
  Boolean(await payload.findByID({ collection, id, overrideAccess: true, disableErrors: true, depth: 0 }))

describe('deleting what others refer to', () => {
  it('a release takes its preview links and redirects with it, and leaves enquiries and related picks detached', async () => {
    const release = await makeRelease(payload)
    const other = await makeRelease(payload, { related: [release.id] })
    const link = await payload.create({
      collection: 'preview-links',
      overrideAccess: true,
      data: { release: release.id, recipient: 'Jo', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    })
    const redirect = await payload.create({
      collection: 'redirects',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { from: `/${unique('old')}`, release: release.id },
    })
    const enquiry = await submitEnquiry(payload, enquiryForm({ release: release.slug! }), submitOptions())
    await payload.delete({ collection: 'releases', id: release.id, ...as(editor) })
    expect(await exists('preview-links', link.id)).toBe(false)
    expect(await exists('redirects', redirect.id)).toBe(false)
    expect(
      enquiry.kind === 'sent' &&
        (await payload.findByID({ collection: 'enquiries', id: enquiry.id, overrideAccess: true, depth: 0 })).release,
    ).toBeNull()
    expect(
      (await payload.findByID({ collection: 'releases', id: other.id, overrideAccess: true, depth: 0 })).related,
    ).toEqual([])
  })

  it('a file still in use is refused with a 4xx naming its users; an unused one goes', async () => {
    const used = await picture()
    const release = await makeRelease(payload, { title: unique('Uses the picture'), heroImage: used.id })
    const error = await payload
      .delete({ collection: 'media', id: used.id, ...as(editor) })
      .catch((e: unknown) => e as { status?: number; message?: string })
    expect(error).toMatchObject({ status: 409 })
    expect((error as { message: string }).message).toContain(release.title)
    expect(await exists('media', used.id)).toBe(true)
    const unused = await picture()
    await payload.delete({ collection: 'media', id: unused.id, ...as(editor) })
    expect(await exists('media', unused.id)).toBe(false)
  })

  it('a topic, a contact and a user who wrote releases are detached from what used them', async () => {
    const topic = await payload.create({
      collection: 'topics',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: unique('Topic') },
    })
    const contact = await payload.create({
      collection: 'contacts',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { name: unique('Contact'), email: 'c@example.org', phone: '+44 1632 960000', topics: [topic.id] },
    })
    const writer = await makeUser(payload, 'contributor')
    const release = await makeRelease(payload, { topics: [topic.id], contacts: [contact.id], author: writer.id })
    await subscribe(
      payload,
      { email: `${unique('sub')}@example.org`, scope: 'topics', topics: [topic.slug!] },
      { ip: unique('198.51.100') },
    )

    await payload.delete({ collection: 'topics', id: topic.id, ...as(editor) })
    await payload.delete({ collection: 'contacts', id: contact.id, ...as(editor) })
    await payload.delete({ collection: 'users', id: writer.id, ...as(admin) })
    const after = await payload.findByID({ collection: 'releases', id: release.id, overrideAccess: true, depth: 0 })
    expect([after.topics, after.contacts, after.author]).toEqual([[], [], null])
  })
})
