import type { Payload } from 'payload'
import { findPublicRelease } from '../../lib/release/public-release'
import type { Release, User } from '../../payload-types'
import { unique } from '../support/factories'

export const QUIET = { disableRevalidate: true, skipNotifications: true, skipAlerts: true }

/** The Local API as a signed-in user through the same access rules as REST and GraphQL. */
export const as = (user: User) => ({ overrideAccess: false as const, user, context: { ...QUIET } })

export const inADay = () => new Date(Date.now() + 86_400_000).toISOString()

/** What an anonymous reader gets for a release: the public rule, no user. */
export async function publicView(payload: Payload, id: number) {
  const { docs } = await payload.find({
    collection: 'releases',
    overrideAccess: false,
    where: { id: { equals: id } },
    depth: 0,
  })
  return docs[0] ?? null
}

/** A release published by an editor whose author is `author`, as a contributor's own live release would be. */
export async function liveReleaseOf(payload: Payload, author: User, editor: User, data: Partial<Release> = {}) {
  const draft = await payload.create({
    collection: 'releases',
    draft: true,
    ...as(author),
    data: { title: unique('Contributor story'), summary: 'Their own story.', _status: 'draft', ...data } as Release,
  })
  return payload.update({
    collection: 'releases',
    id: draft.id,
    ...as(editor),
    data: { _status: 'published', ...data },
  })
}

export const isPublic = async (payload: Payload, id: number) => Boolean(await findPublicRelease(payload, { id }))
