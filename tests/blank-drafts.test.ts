import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Release, User } from '../payload-types'
import { makeUser } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
let contributor: User
let other: User
beforeAll(async () => {
  payload = await testPayload()
  contributor = await makeUser(payload, 'contributor')
  other = await makeUser(payload, 'contributor')
})

// What Payload's admin does when the create page is rendered: a draft with nothing in it, as the signed-in user.
const openCreatePage = (user: User) =>
  payload.create({
    collection: 'releases',
    data: {} as Release,
    draft: true,
    overrideAccess: false,
    user,
    context: { disableRevalidate: true, skipNotifications: true },
  })
const exists = async (id: number) =>
  (await payload.find({ collection: 'releases', where: { id: { equals: id } }, draft: true, limit: 1 })).totalDocs === 1

describe('blank drafts left by opening the create page', () => {
  it('keeps one when the same person opens the page twice in a moment, and leaves other people and words alone', async () => {
    const theirs = await openCreatePage(other)
    const first = await openCreatePage(contributor)
    const second = await openCreatePage(contributor)
    expect(await exists(first.id)).toBe(false)
    expect(await exists(second.id)).toBe(true)
    expect(await exists(theirs.id)).toBe(true)

    // Once something was saved into it, a draft is somebody's work, however empty it looks.
    await payload.update({
      collection: 'releases',
      id: second.id,
      draft: true,
      data: { summary: 'A first line.' },
      overrideAccess: false,
      user: contributor,
      context: { disableRevalidate: true, skipNotifications: true },
    })
    await openCreatePage(contributor)
    expect(await exists(second.id)).toBe(true)
  })

  it("clears anyone's blank drafts opened and left more than a day ago", async () => {
    const left = await openCreatePage(other)
    const drizzle = (payload.db as unknown as PostgresAdapter).drizzle
    await drizzle.execute(
      sql`update releases set created_at = now() - interval '2 days', updated_at = now() - interval '2 days'
          where id = ${left.id}`,
    )
    await drizzle.execute(
      sql`update _releases_v set version_created_at = now() - interval '2 days',
          version_updated_at = now() - interval '2 days', created_at = now() - interval '2 days',
          updated_at = now() - interval '2 days' where parent_id = ${left.id}`,
    )
    await openCreatePage(contributor)
    expect(await exists(left.id)).toBe(false)
  })
})
