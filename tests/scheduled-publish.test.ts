import { spawn } from 'node:child_process'
import { once } from 'node:events'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { scheduledPublishes } from '../lib/publication/scheduled-publish'
import type { User } from '../payload-types'
import { HOUR, MINUTE, testClock } from './support/clock'
import { makeRelease, makeUser } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
const clock = testClock()
let editor: User
let contributor: User
beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, 'admin')
  editor = await makeUser(payload, 'editor')
  contributor = await makeUser(payload, 'contributor')
})

// What the admin's Schedule drawer queues: Payload's own schedulePublish task, run as the person who scheduled it.
const schedule = (id: number, by: User, at: Date, type: 'publish' | 'unpublish' = 'publish') =>
  payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: { type, doc: { relationTo: 'releases', value: id }, user: { relationTo: 'users', value: by.id } },
  })

const isPublic = async (id: number) =>
  (await payload.find({ collection: 'releases', overrideAccess: false, where: { id: { equals: id } }, depth: 0 }))
    .totalDocs === 1

const runDue = (jobId: number | string) => payload.jobs.runByID({ id: jobId, silent: true })

describe('scheduled publishing', () => {
  it("publishes an editor's scheduled release at its time, not before, and lists it until then", async () => {
    clock.rewind(HOUR)
    const draft = await makeRelease(payload, {}, true)
    const job = await schedule(draft.id, editor, new Date(Date.now() + MINUTE))
    expect((await scheduledPublishes(payload)).map((s) => s.release)).toContain(draft.id)

    await payload.jobs.run({ where: { id: { equals: job.id } }, silent: true })
    expect(await isPublic(draft.id), 'not before its time').toBe(false)

    clock.catchUp()
    await runDue(job.id)
    expect(await isPublic(draft.id)).toBe(true)
    expect((await scheduledPublishes(payload)).map((s) => s.release)).not.toContain(draft.id)
  })

  it("never publishes what a contributor schedules: the job runs with the contributor's rights", async () => {
    const draft = await payload.create({
      collection: 'releases',
      overrideAccess: false,
      user: contributor,
      draft: true,
      context: { disableRevalidate: true, skipNotifications: true },
      data: { title: 'Contributor scheduling', summary: 'Tries to go out alone.', _status: 'draft' },
    })
    const job = await schedule(draft.id, contributor, new Date(Date.now() - 1000))
    await runDue(job.id)
    expect(await isPublic(draft.id)).toBe(false)
    const after = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    expect(after.hasError || after.totalTried).toBeTruthy()
  })

  it('takes a release down at a scheduled unpublish', async () => {
    const live = await makeRelease(payload)
    expect(await isPublic(live.id)).toBe(true)
    const job = await schedule(live.id, editor, new Date(Date.now() - 1000), 'unpublish')
    await runDue(job.id)
    expect(await isPublic(live.id)).toBe(false)
  })
})

describe('the separate jobs worker', () => {
  it('publishes a due scheduled release and stops cleanly on SIGTERM', async () => {
    const draft = await makeRelease(payload, {}, true)
    // `npm run jobs` (one process, so SIGTERM reaches it), as a scaled-out deployment runs it beside servers with
    // JOBS_AUTORUN=false. This test process runs no jobs of its own, so only the worker can publish.
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts'], {
      env: { ...process.env, JOBS_AUTORUN: 'false', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 200 }).toContain('Jobs worker started')
      await schedule(draft.id, editor, new Date(Date.now() - 1000))
      await expect.poll(() => isPublic(draft.id), { timeout: 60_000, interval: 500 }).toBe(true)
    } finally {
      worker.kill('SIGTERM')
    }
    const [code] = await once(worker, 'exit')
    expect(code, output).toBe(0)
  }, 90_000)
})
