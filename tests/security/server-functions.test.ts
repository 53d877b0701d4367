import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { guardedSchedulePublish } from '../../lib/admin/guard-schedule-publish'
import type { User } from '../../payload-types'
import { makeRelease } from '../support/factories'
import { withStaff } from '../support/staff'

let payload: Payload
let contributor: User
let editor: User
beforeAll(async () => {
  ;({ payload, contributor, editor } = await withStaff())
})

// What the admin's Schedule drawer sends, as the signed-in user.
const call = async (user: User, args: Record<string, unknown>) => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return guardedSchedulePublish({ ...args, req } as unknown as Parameters<typeof guardedSchedulePublish>[0])
}

const schedules = async (releaseId: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: releaseId } },
          { completedAt: { exists: false } },
        ],
      },
    })
  ).docs

describe("the admin's schedule-publish server function", () => {
  it("lets an editor schedule, and refuses a contributor's schedule or their deletion of the editor's", async () => {
    const release = await makeRelease(payload, {}, true)
    const date = new Date(Date.now() + 3 * 86_400_000)
    await call(editor, { type: 'publish', date, doc: { relationTo: 'releases', value: release.id } })
    const [job] = await schedules(release.id)
    expect(job).toBeTruthy()

    await expect(
      call(contributor, { type: 'publish', date, doc: { relationTo: 'releases', value: release.id } }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      call(contributor, {
        deleteID: job.id,
        type: 'publish',
        date,
        doc: { relationTo: 'releases', value: release.id },
      }),
    ).rejects.toThrow(/not allowed/i)
    expect((await schedules(release.id)).map((j) => j.id)).toEqual([job.id])
    // Not for other collections or globals, even for editors.
    await expect(call(editor, { type: 'publish', date, global: { slug: 'site-settings' } })).rejects.toThrow(
      /not allowed/i,
    )
  })
})
