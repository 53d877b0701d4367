import type { Payload, TypedUser } from 'payload'
import type { MediaContact } from '../../payload-types'
import { normaliseAddress } from '../distribution/address'

// Bounded `IN` lists: a 5,000-row file is ten queries, not one with 5,000 parameters.
const CHUNK = 500

/** The contacts the file's addresses already belong to, keyed by normalised address; read with the caller's rights. */
export async function contactsByEmail(payload: Payload, emails: string[], user: TypedUser) {
  const found = new Map<string, MediaContact>()
  for (let i = 0; i < emails.length; i += CHUNK) {
    const { docs } = await payload.find({
      collection: 'media-contacts',
      where: { email: { in: emails.slice(i, i + CHUNK) } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
    })
    for (const contact of docs) found.set(normaliseAddress(contact.email), contact)
  }
  return found
}

export type Topics = { idOf: (name: string) => number | undefined; nameOf: (id: number) => string }

/** Topics by name, without case or surrounding spaces, as a beats cell names them. */
export async function loadTopics(payload: Payload, user: TypedUser): Promise<Topics> {
  const { docs } = await payload.find({
    collection: 'topics',
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: false,
    user,
  })
  const byName = new Map(docs.map((t) => [t.name.trim().toLowerCase(), t.id]))
  const byId = new Map(docs.map((t) => [t.id, t.name]))
  return {
    idOf: (name) => byName.get(name.trim().toLowerCase()),
    nameOf: (id) => byId.get(id) ?? `Topic ${id}`,
  }
}
