import type { Payload, TypedUser } from 'payload'
import type { Topic } from '../../payload-types'
import { deliveriesTo, enquiriesFrom, opensOf, previewLinksOf } from '../db/contact-data'

/**
 * Everything the newsroom holds about one media contact, for a subject access request: their record, the lists and
 * distributions that name them, every email sent to them and what became of it, their preview links and when those
 * were opened, and the enquiries they sent. Read with the caller's rights (editors: see the endpoint).
 */
export async function personalData(payload: Payload, id: number, user: TypedUser) {
  const as = { overrideAccess: false, user, pagination: false, depth: 0 } as const
  const contact = await payload.findByID({
    collection: 'media-contacts',
    id,
    overrideAccess: false,
    user,
    depth: 1,
    populate: { topics: { name: true } },
    disableErrors: true,
  })
  if (!contact) return undefined
  const naming = { contacts: { in: [id] } }
  const [lists, distributions, deliveries, previewLinks, opens, enquiryIds] = await Promise.all([
    payload.find({ collection: 'media-lists', ...as, where: naming, select: { name: true, kind: true } }),
    payload.find({ collection: 'distributions', ...as, where: naming, select: { subject: true, status: true } }),
    deliveriesTo(payload, id, contact.email),
    previewLinksOf(payload, id, contact.email),
    opensOf(payload, id, contact.email),
    enquiriesFrom(payload, contact.email),
  ])
  const enquiries = enquiryIds.length
    ? (await payload.find({ collection: 'enquiries', ...as, where: { id: { in: enquiryIds } }, sort: 'createdAt' }))
        .docs
    : []
  return {
    about: `Personal data held about media contact ${id}`,
    generatedAt: new Date().toISOString(),
    contact: { ...contact, beats: (contact.beats ?? []).map((b) => (typeof b === 'object' ? (b as Topic).name : b)) },
    mediaLists: lists.docs,
    distributionsNamingThem: distributions.docs,
    emailsSent: deliveries,
    previewLinks: previewLinks.map((link) => ({ ...link, opens: opens.filter((o) => o.link_id === link.id) })),
    enquiries,
  }
}
